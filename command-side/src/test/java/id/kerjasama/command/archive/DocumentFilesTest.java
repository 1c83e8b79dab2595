package id.kerjasama.command.archive;

import id.kerjasama.archive.DocumentFiles;
import id.kerjasama.archive.JdbcDocumentFiles;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive's storage on the command side's own tables (Flyway V5), on H2 and PostgreSQL: it writes a file as its
 * bytes arrive, never more than one chunk behind what it has read (so it never holds the file), keeps the same bytes
 * once, drops what is too large, and reads any range back.
 */
abstract class DocumentFilesTest {

    private static final int MB = 1024 * 1024;

    abstract String url();

    private JdbcTemplate jdbc() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common")
                .table("flyway_schema_history_command").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    /** Bytes made as they are read, checking on every read that the store keeps up with them. */
    private static final class Watched extends InputStream {

        private final JdbcTemplate jdbc;
        private final long size;
        private final Random random = new Random(7);
        private long read;
        private long mostBehind;

        Watched(JdbcTemplate jdbc, long size) {
            this.jdbc = jdbc;
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (read >= size) {
                return -1;
            }
            long stored = jdbc.queryForObject("SELECT COALESCE(SUM(OCTET_LENGTH(content)), 0) FROM document_file_chunk", Long.class);
            mostBehind = Math.max(mostBehind, read - stored);
            int n = (int) Math.min(Math.min(len, 64 * 1024), size - read);
            byte[] made = new byte[n];
            random.nextBytes(made);
            System.arraycopy(made, 0, buffer, off, n);
            read += n;
            return n;
        }
    }

    @Test
    void a_file_is_written_as_it_arrives_and_read_back_whole_and_by_range() throws IOException {
        JdbcTemplate jdbc = jdbc();
        DocumentFiles files = new JdbcDocumentFiles(jdbc, Clock.systemUTC());
        Watched in = new Watched(jdbc, 6L * MB + 123);

        DocumentFiles.Received received = files.receive(in, 25L * MB);
        assertThat(in.mostBehind).as("bytes read but not yet stored, at most").isLessThanOrEqualTo(JdbcDocumentFiles.CHUNK_SIZE);
        assertThat(received.size()).isEqualTo(6L * MB + 123);
        assertThat(files.keep(received)).isTrue();

        byte[] whole = files.open(received.sha256(), 0, received.size()).readAllBytes();
        assertThat(whole).hasSize((int) received.size());
        byte[] expected = new byte[(int) received.size()];
        InputStream again = new Watched(new JdbcTemplate(jdbc.getDataSource()), received.size());
        assertThat(again.readNBytes(expected, 0, expected.length)).isEqualTo(expected.length);
        assertThat(whole).isEqualTo(expected);
        try (InputStream range = files.open(received.sha256(), 0, received.size())) {
            assertThat(range.skip(2L * MB - 5)).isEqualTo(2L * MB - 5);
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            part.write(range.readNBytes(10));
            assertThat(part.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(expected, 2 * MB - 5, 2 * MB + 5));
        }

        DocumentFiles.Received twice = files.receive(new Watched(jdbc, 6L * MB + 123), 25L * MB);
        assertThat(files.keep(twice)).as("the same bytes are kept once").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk", Long.class)).isEqualTo(7);
    }

    @Test
    void bytes_over_the_limit_are_dropped_as_they_are_found_too_many() {
        JdbcTemplate jdbc = jdbc();
        DocumentFiles files = new JdbcDocumentFiles(jdbc, Clock.systemUTC());
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk", Long.class);
        assertThatThrownBy(() -> files.receive(new Watched(jdbc, 3L * MB), 2L * MB + 1))
                .isInstanceOf(DocumentFiles.FileTooLarge.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_file_chunk", Long.class)).isEqualTo(before);
    }

    static class OnH2 extends DocumentFilesTest {

        private static final String URL = "jdbc:h2:mem:document-files;DB_CLOSE_DELAY=-1";

        @Override
        String url() {
            return URL;
        }
    }

    @EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
    static class OnPostgres extends DocumentFilesTest {

        private static String url;

        @Override
        String url() {
            if (url == null) {
                url = PostgresTestDatabase.create("document_files");
            }
            return url;
        }
    }
}
