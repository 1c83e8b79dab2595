package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.command.security.SampleCommands;
import id.kerjasama.verifier.AuditVerifier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive of document files end to end, over real HTTP on both sides: a multi-megabyte PDF made here is uploaded
 * to the command side as the signed original of an imported KB, downloaded from the query side byte for byte (whole,
 * as a range across a chunk boundary, and publicly), refused when its hash or its kind is wrong or it is too large,
 * hidden from another region, found changed by the re-hash after a chunk is altered in SQL, and checked offline in a
 * folder against the audit bundle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jmx.enabled=false", "kerjasama.db-pool-size=8"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ArchiveEndToEndTest extends EndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A non-PDF file, recorded as the import's source document. */
    private static final byte[] NOTE = "Catatan arsip: KB ditandatangani sebelum sistem dipakai.\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        EndToEndDatabase.dataDir(() -> dataDir, registry);
    }

    private byte[] pdf;
    private String commandBase;

    @BeforeEach
    void makePdf() throws IOException {
        pdf = multiMegabytePdf();
        commandBase = "http://localhost:" + CommandSide.port(databaseUrl());
    }

    /** An imported KB whose signed original is {@code signed} and whose source document is the note. */
    private Imported imported(byte[] signed) {
        String body = SampleCommands.BODIES.get("ImportSignedAgreement")
                .replace(CommandApi.sha('a'), sha256(signed)).replace(CommandApi.sha('b'), sha256(NOTE));
        CommandApi.Answer answer = commands.as("sekretariat-lamandau", "SECRETARIAT", "62.09").post("/api/cooperations/imports", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        String id = answer.text("id");
        JsonNode detail = query.get("/api/cooperations/" + id + "?minVersion=0").json();
        return new Imported(id, documentId(detail, "SignedAgreementImported.signedFile"),
                documentId(detail, "SignedAgreementImported.sourceDocument"));
    }

    private record Imported(String id, String kb, String source) {
    }

    private static String documentId(JsonNode detail, String field) {
        for (JsonNode file : detail.path("files")) {
            if (file.path("field").asText().equals(field)) {
                return file.path("documentId").asText();
            }
        }
        throw new AssertionError("no " + field + " in " + detail.path("files"));
    }

    @Test
    void a_signed_original_makes_the_round_trip_byte_for_byte() throws Exception {
        Imported kb = imported(pdf);
        HttpResponse<String> uploaded = upload(kb, kb.kb(), HttpRequest.BodyPublishers.ofByteArray(pdf), "application/pdf");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        long version = Long.parseLong(uploaded.headers().firstValue("ETag").orElseThrow().replace("\"", ""));

        JsonNode file = query.get("/api/cooperations/" + kb.id() + "?minVersion=" + version).json().path("files").get(0);
        assertThat(file.path("documentId").asText()).isEqualTo(kb.kb());
        assertThat(file.path("archived").path("size").asLong()).isEqualTo(pdf.length);
        assertThat(file.path("archived").path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(file.path("archived").path("archivedBy").asText()).isEqualTo(DemoUser.LAMANDAU_SEKRETARIAT.userName());

        HttpResponse<byte[]> download = download("/api/cooperations/" + kb.id() + "/documents/" + kb.kb() + "/file",
                token(DemoUser.LAMANDAU_SEKRETARIAT));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256(pdf) + "\"");
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"kb.pdf\"");

        // the same bytes again: accepted, nothing new recorded, nothing stored twice
        HttpResponse<String> again = upload(kb, kb.kb(), HttpRequest.BodyPublishers.ofByteArray(pdf), "application/pdf");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_file WHERE sha256 = ?", Long.class, sha256(pdf))).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk WHERE chunk_key NOT IN "
                + "(SELECT chunk_key FROM document_file)", Long.class)).isZero();
    }

    @Test
    void a_range_across_a_chunk_boundary_is_answered_from_the_chunks() throws Exception {
        Imported kb = archived();
        int from = 1024 * 1024 - 10;
        int to = 1024 * 1024 + 20;
        HttpResponse<byte[]> range = download("/api/cooperations/" + kb.id() + "/documents/" + kb.kb() + "/file",
                token(DemoUser.LAMANDAU_SEKRETARIAT), "Range", "bytes=" + from + "-" + to);
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(pdf, from, to + 1));
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes " + from + "-" + to + "/" + pdf.length);
    }

    @Test
    void the_public_downloads_a_signed_original_without_a_token_but_no_other_file() throws Exception {
        Imported kb = archived();
        HttpResponse<String> note = upload(kb, kb.source(), HttpRequest.BodyPublishers.ofByteArray(NOTE), "text/plain");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(200);
        String version = note.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        query.get("/api/cooperations/" + kb.id() + "?minVersion=" + version);

        HttpResponse<byte[]> published = download("/api/public/cooperations/" + kb.id() + "/documents/" + kb.kb() + "/file", null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).isEqualTo(pdf);
        JsonNode entry = query.get("/api/public/cooperations/" + kb.id()).json();
        assertThat(entry.path("documents").get(0).path("download").asText())
                .isEqualTo("/api/public/cooperations/" + kb.id() + "/documents/" + kb.kb() + "/file");
        assertThat(download("/api/public/cooperations/" + kb.id() + "/documents/" + kb.source() + "/file", null).statusCode())
                .isEqualTo(404);
        // the parties read it all the same
        HttpResponse<byte[]> forParties = download("/api/cooperations/" + kb.id() + "/documents/" + kb.source() + "/file",
                token(DemoUser.LAMANDAU_OPD));
        assertThat(forParties.body()).isEqualTo(NOTE);
        assertThat(forParties.headers().firstValue("Content-Type")).hasValue("text/plain");
    }

    @Test
    void a_download_out_of_scope_is_not_found() throws Exception {
        Imported kb = archived();
        assertThat(download("/api/cooperations/" + kb.id() + "/documents/" + kb.kb() + "/file",
                token(DemoUser.PANGKALPINANG_SEKRETARIAT)).statusCode()).isEqualTo(404);
        assertThat(download("/api/cooperations/" + kb.id() + "/documents/" + kb.source() + "/file",
                token(DemoUser.LAMANDAU_SEKRETARIAT)).statusCode()).as("not archived").isEqualTo(404);
    }

    @Test
    void bytes_with_another_hash_are_refused_naming_both_and_nothing_is_stored() throws Exception {
        Imported kb = imported(pdf);
        long files = jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk", Long.class);
        HttpResponse<String> refused = upload(kb, kb.source(), HttpRequest.BodyPublishers.ofByteArray(pdf), "application/pdf");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("FILE_MATCHES_RECORD", sha256(pdf), sha256(NOTE));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk", Long.class)).isEqualTo(files);
    }

    @Test
    void a_signed_original_that_is_no_pdf_is_refused() throws Exception {
        Imported kb = imported(NOTE);
        HttpResponse<String> refused = upload(kb, kb.kb(), HttpRequest.BodyPublishers.ofByteArray(NOTE), "application/pdf");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("SIGNED_ORIGINAL_PDF");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() throws Exception {
        Imported kb = imported(pdf);
        long chunks = jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk", Long.class);
        long tooLarge = 25L * 1024 * 1024 + 1;
        // over a raw connection: the headers alone, whose declared length is over the limit, and not a byte of body
        String answer;
        try (Socket socket = new Socket("localhost", CommandSide.port(databaseUrl()))) {
            socket.getOutputStream().write(("POST /api/cooperations/" + kb.id() + "/documents/" + kb.kb() + "/file HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + token(DemoUser.LAMANDAU_SEKRETARIAT) + "\r\n"
                    + "Content-Type: application/pdf\r\nContent-Length: " + tooLarge + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = response(socket.getInputStream());
        }
        assertThat(answer).startsWith("HTTP/1.1 413").contains("FILE_TOO_LARGE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk", Long.class)).isEqualTo(chunks);
    }

    @Test
    void a_multipart_upload_is_archived_like_a_raw_one() throws Exception {
        Imported kb = imported(pdf);
        String boundary = "kerjasama-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"arsip.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> uploaded = upload(kb, kb.source(), HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head), HttpRequest.BodyPublishers.ofByteArray(NOTE),
                        HttpRequest.BodyPublishers.ofByteArray(tail)), "multipart/form-data; boundary=" + boundary);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT size FROM document_file WHERE sha256 = ?", Long.class, sha256(NOTE)))
                .isEqualTo(NOTE.length);
    }

    @Test
    void a_changed_chunk_is_found_by_the_rehash_and_located() throws Exception {
        Imported kb = archived();
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        assertThat(rehash()).noneMatch(line -> line.path("type").asText().equals("failed"));

        String key = jdbc.queryForObject("SELECT chunk_key FROM document_file WHERE sha256 = ?", String.class, sha256(pdf));
        byte[] original = jdbc.queryForObject("SELECT content FROM document_file_chunk WHERE chunk_key = ? AND chunk_number = 1",
                byte[].class, key);
        byte[] changed = original.clone();
        changed[100] ^= 1;
        jdbc.update("UPDATE document_file_chunk SET content = ? WHERE chunk_key = ? AND chunk_number = 1", changed, key);
        try {
            List<JsonNode> lines = rehash();
            JsonNode failed = lines.stream().filter(line -> line.path("type").asText().equals("failed")).findFirst().orElseThrow();
            assertThat(failed.path("sha256").asText()).isEqualTo(sha256(pdf));
            assertThat(failed.path("problem").asText()).isEqualTo("CHANGED");
            assertThat(failed.path("documents").get(0).path("cooperationId").asText()).isEqualTo(kb.id());
            assertThat(failed.path("documents").get(0).path("documentId").asText()).isEqualTo(kb.kb());
            assertThat(lines.get(lines.size() - 1).path("failed").asInt()).isEqualTo(1);

            jdbc.update("DELETE FROM document_file_chunk WHERE chunk_key = ? AND chunk_number = 1", key);
            assertThat(rehash()).anyMatch(line -> line.path("problem").asText().equals("MISSING"));
        } finally {
            jdbc.update("DELETE FROM document_file_chunk WHERE chunk_key = ? AND chunk_number = 1", key);
            jdbc.update("INSERT INTO document_file_chunk (chunk_key, chunk_number, content) VALUES (?, 1, ?)", key, original);
        }
        assertThat(rehash()).noneMatch(line -> line.path("type").asText().equals("failed"));
    }

    @Test
    void a_folder_of_files_is_checked_offline_against_the_bundle(@TempDir Path work) throws Exception {
        Imported kb = archived();
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        assertThat(query.post("/api/audit/checkpoints").status()).isEqualTo(201);
        Path key = Files.writeString(work.resolve("public-key.pem"), query.get("/api/audit/public-key").body());
        QueryApi.Answer bundle = query.get("/api/cooperations/" + kb.id() + "/audit-bundle");
        assertThat(bundle.json().path("format").asText()).isEqualTo("kerjasama-audit-bundle/3");
        assertThat(bundle.json().path("documents")).hasSize(2);
        Path bundleFile = Files.writeString(work.resolve("bundle.json"), bundle.body());
        Path folder = Files.createDirectory(work.resolve("files"));
        Files.write(folder.resolve("kb-from-the-cabinet.pdf"), pdf);
        Files.write(folder.resolve("arsip.pdf"), NOTE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(verifyOffline(bundleFile, key, folder, out)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK kb.pdf " + sha256(pdf) + " as kb-from-the-cabinet.pdf");

        byte[] changed = NOTE.clone();
        changed[0] ^= 1;
        Files.write(folder.resolve("arsip.pdf"), changed);
        Files.delete(folder.resolve("kb-from-the-cabinet.pdf"));
        out.reset();
        assertThat(verifyOffline(bundleFile, key, folder, out)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CHANGED arsip.pdf", "MISSING kb.pdf");
    }

    /** A KB imported and its signed original archived, read back by the query side. */
    private Imported archived() throws Exception {
        Imported kb = imported(pdf);
        HttpResponse<String> uploaded = upload(kb, kb.kb(), HttpRequest.BodyPublishers.ofByteArray(pdf), "application/pdf");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String version = uploaded.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        assertThat(query.get("/api/cooperations/" + kb.id() + "?minVersion=" + version).status()).isEqualTo(200);
        return kb;
    }

    private HttpResponse<String> upload(Imported kb, String documentId, HttpRequest.BodyPublisher body, String type)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(commandBase + "/api/cooperations/" + kb.id() + "/documents/"
                        + documentId + "/file"))
                .header("Authorization", "Bearer " + token(DemoUser.LAMANDAU_SEKRETARIAT))
                .header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String path, String token, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * An HTTP answer's head and its JSON body, read up to the body's end: the server delimits it by closing the
     * connection, which it does only once it gave up waiting for the body it refused.
     */
    private static String response(java.io.InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int depth = 0;
        boolean body = false;
        for (int b; (b = in.read()) >= 0; ) {
            answer.write(b);
            body |= answer.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n");
            if (body && b == '{') {
                depth++;
            } else if (body && b == '}' && --depth == 0) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> rehash() {
        QueryApi.Answer answer = query.get("/api/audit/files/verification");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body().lines().map(line -> {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static int verifyOffline(Path bundle, Path publicKey, Path folder, ByteArrayOutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return AuditVerifier.run(new String[]{bundle.toString(), publicKey.toString(), "--files", folder.toString()}, print, print);
    }

    /** A real PDF of about three megabytes: one page holding an image of noise, which no compression shrinks. */
    private static byte[] multiMegabytePdf() throws IOException {
        BufferedImage noise = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(14);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, noise);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, 600, 600);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
