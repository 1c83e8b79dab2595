package id.kerjasama.command.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The table {@code idempotent_request} (Flyway V4): one row per caller and key, with the answer it got. */
@Repository
public class IdempotentRequests {

    /** What a request with a key was answered, as far as a retry needs it. */
    public record Answer(String fingerprint, int status, String contentType, String location, String etag, byte[] body) {
    }

    private final JdbcTemplate jdbc;

    IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this request, in the current transaction; a key that expired is taken anew.
     *
     * @return false if another request holds the key (committed; a concurrent one is waited for by the database)
     */
    public boolean claim(String caller, String key, String fingerprint, Instant now, Instant expiresAt) {
        jdbc.update("DELETE FROM idempotent_request WHERE caller = ? AND idempotency_key = ? AND expires_at <= ?",
                caller, key, utc(now));
        try {
            jdbc.update("INSERT INTO idempotent_request (caller, idempotency_key, fingerprint, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?)", caller, key, fingerprint, utc(now), utc(expiresAt));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public void answer(String caller, String key, int status, String contentType, String location, String etag, byte[] body) {
        jdbc.update("UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, etag = ?, body = ? "
                + "WHERE caller = ? AND idempotency_key = ?", status, contentType, location, etag, body, caller, key);
    }

    public Optional<Answer> answered(String caller, String key, Instant now) {
        return jdbc.query("SELECT fingerprint, status, content_type, location, etag, body FROM idempotent_request "
                        + "WHERE caller = ? AND idempotency_key = ? AND expires_at > ? AND status IS NOT NULL",
                (row, n) -> new Answer(row.getString(1).strip(), row.getInt(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBytes(6)), caller, key, utc(now)).stream().findFirst();
    }

    int purgeExpired(Instant now) {
        return jdbc.update("DELETE FROM idempotent_request WHERE expires_at <= ?", utc(now));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
