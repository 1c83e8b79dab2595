package id.kerjasama.web.openapi;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * The API description each side serves, committed as {@code docs/openapi/<name>.json} for the generated client and
 * for readers: a test holds the file to what the running application serves, and rewrites it when they differ (so
 * that the fix is to review and commit the rewritten file).
 */
public final class CommittedDescription {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommittedDescription() {
    }

    /** The description as committed: two-space indents, a newline at the end, keys in the order served. */
    public static String print(JsonNode description) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(description) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertCommitted(String name, JsonNode served) {
        // Maven runs the tests in the module's folder, an IDE often in the repository's
        Path docs = Files.isDirectory(Path.of("docs")) ? Path.of("docs") : Path.of("..", "docs");
        Path file = docs.resolve("openapi").resolve(name + ".json");
        String expected = print(served);
        try {
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (!committed.equals(expected)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, expected, StandardCharsets.UTF_8);
                fail("docs/openapi/%s.json differed from the description the application serves; it has been "
                        + "rewritten: review the change (git diff docs/openapi) and commit it", name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file.toAbsolutePath(), e);
        }
    }
}
