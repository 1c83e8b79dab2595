package id.kerjasama.bench.harness;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonTest {

    @Test
    void requestBodiesCarryDatesAsIsoTextAndLeaveOutNulls() {
        Map<String, Object> body = Json.obj("documentId", "d-1", "parentDocumentId", null,
                "term", Json.obj("start", LocalDate.of(2025, 4, 25)), "sources", List.of("APBD"), "amount", 5_000_000,
                "inCurrentBudget", true, "title", "Kerja sama \"air\" \\ sampah");

        assertEquals("{\"documentId\":\"d-1\",\"term\":{\"start\":\"2025-04-25\"},\"sources\":[\"APBD\"],"
                + "\"amount\":5000000,\"inCurrentBudget\":true,\"title\":\"Kerja sama \\\"air\\\" \\\\ sampah\"}", Json.write(body));
    }

    @Test
    void resultsFilesKeepTheirCommittedShape() throws Exception {
        List<Path> files;
        try (var listed = Files.list(Path.of("results"))) {
            files = listed.filter(f -> f.toString().endsWith(".json")).toList();
        }
        assertFalse(files.isEmpty(), "results/<mode>-run<n>.json are committed");
        for (Path file : files) {
            String committed = Files.readString(file);
            Map<String, Object> parsed = new ObjectMapper().readValue(committed, new TypeReference<LinkedHashMap<String, Object>>() {
            });

            assertEquals(committed, Json.pretty(parsed) + "\n", file.toString());
        }
    }

    @Test
    void emptyCollectionsStayOnTheirLine() {
        assertEquals("{\n  \"notes\": [],\n  \"phaseCpuCores\": {}\n}",
                Json.pretty(Json.obj("notes", List.of(), "phaseCpuCores", Map.of())));
    }

    @Test
    void numbersAreFoundAtTheTopOrNestedAndMissingOnesAreMinusOne() {
        Reply progress = new Reply(200, "{\"replaying\":false,\"processors\":[{\"position\":41,\"head\":42}]}");

        assertEquals(41, progress.longField("position"));
        assertEquals(-1, progress.longField("version"));
        assertEquals(-1, new Reply(599, "java.net.ConnectException").longField("version"));
    }
}
