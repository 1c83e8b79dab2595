package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.query.QuerySideApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup runbook (docs/BACKUP.md) on real PostgreSQL: the database dumped while both sides run (pg_dump, custom
 * format), restored into a new database (pg_restore), both sides started on it with the signing keys restored from
 * their own backup: the whole-store verification passes against the latest checkpoint signed before the dump, and
 * the history goes on (a command, a new checkpoint).
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresBackupRestoreTest {

    private static final DemoUser AUDITOR = DemoUser.KEMENDAGRI_PENGAWAS;

    private final List<ConfigurableApplicationContext> querySides = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();

    @TempDir
    Path work;

    @AfterEach
    void stop() {
        querySides.forEach(ConfigurableApplicationContext::close);
        databases.forEach(CommandSide::stop);
    }

    @Test
    void a_restored_dump_verifies_against_the_checkpoint_signed_before_it_and_the_history_goes_on() throws Exception {
        Path keys = Files.createDirectories(work.resolve("keys"));
        run("openssl", "genpkey", "-algorithm", "ed25519", "-out", keys.resolve("signing-key.pem").toString());
        run("openssl", "pkey", "-in", keys.resolve("signing-key.pem").toString(), "-pubout",
                "-out", keys.resolve("public-key.pem").toString());

        String original = PostgresTestDatabase.create("backup");
        QueryApi before = start(original, keys);
        String id = new LamandauLifecycle(CommandSide.api(original)).submitted().id();
        assertThat(before.get("/api/cooperations/" + id + "?minVersion=3").status()).isEqualTo(200);
        QueryApi.Answer signed = before.post("/api/audit/checkpoints");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        long checkpoint = signed.json().path("number").asLong();

        Path dump = work.resolve("kerjasama.dump");
        run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + libpq(original));
        // the keys' backup is kept apart from the database's, and restored beside it
        Path restoredKeys = Files.createDirectories(work.resolve("restored-keys"));
        for (String key : List.of("signing-key.pem", "public-key.pem")) {
            Files.copy(keys.resolve(key), restoredKeys.resolve(key));
        }
        String restored = PostgresTestDatabase.create("restored");
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), dump.toString());

        QueryApi after = start(restored, restoredKeys);
        QueryApi.Answer verification = after.get("/api/audit/verification");
        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        List<JsonNode> lines = verification.jsonLines();
        assertThat(lines.get(0).path("type").asText()).isEqualTo("started");
        assertThat(lines.get(0).path("checkpoint").asLong()).isEqualTo(checkpoint);
        assertThat(lines).noneMatch(line -> line.path("type").asText().equals("failed"));
        JsonNode finished = lines.get(lines.size() - 1);
        assertThat(finished.path("type").asText()).isEqualTo("finished");
        assertThat(finished.path("intact").asInt()).isEqualTo(finished.path("cooperations").asInt()).isPositive();
        assertThat(finished.path("provenEvents").asLong()).isPositive();

        LamandauLifecycle more = new LamandauLifecycle(CommandSide.api(restored)).submitted();
        assertThat(after.get("/api/cooperations/" + more.id() + "?minVersion=3").status()).isEqualTo(200);
        QueryApi.Answer next = after.post("/api/audit/checkpoints");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().path("number").asLong()).isGreaterThan(checkpoint);
    }

    /** Both sides on the database, the query side signing with these keys; @return the query API as the auditor */
    private QueryApi start(String url, Path keys) throws IOException {
        CommandSide.startOn(url, "postgres");
        databases.add(url);
        ConfigurableApplicationContext querySide = new SpringApplicationBuilder(QuerySideApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.jmx.enabled=false", "--server.shutdown=immediate", "--kerjasama.db-pool-size=5",
                "--kerjasama.data-dir=" + Files.createTempDirectory(work, "data"),
                "--kerjasama.security.dev-token-key-file=" + Path.of("data", "dev-token-key.pem").toAbsolutePath(),
                "--kerjasama.audit.signing-key-file=" + keys.resolve("signing-key.pem"),
                "--kerjasama.audit.public-key-file=" + keys.resolve("public-key.pem"));
        querySides.add(querySide);
        int port = Integer.parseInt(querySide.getEnvironment().getRequiredProperty("local.server.port"));
        return new QueryApi(port).as(CommandSide.token(url, AUDITOR.userName(), AUDITOR.role(), AUDITOR.region()));
    }

    /** The libpq form of a JDBC URL, as PostgreSQL's own tools take it. */
    private static String libpq(String jdbcUrl) {
        return jdbcUrl.substring("jdbc:".length());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
