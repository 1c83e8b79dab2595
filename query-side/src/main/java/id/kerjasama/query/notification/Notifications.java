package id.kerjasama.query.notification;

import id.kerjasama.query.cooperation.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The messages and their attempts in SQL ({@code query.notification}, {@code query.notification_attempt}). */
@Repository
public class Notifications {

    /** A message as the API lists it, with every attempt to deliver it. */
    public record Message(long id, String eventId, String recipient, String contactId, String cooperationId,
                          String regionCode, List<String> kinds, String language, String subject, String body,
                          NotificationStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
                          Instant sentAt, String lastError, List<Attempt> attemptLog) {
    }

    public record Attempt(int attempt, Instant at, String outcome, String error) {
    }

    /** A message due for delivery. */
    record Due(long id, String recipient, String subject, String body, int attempts, Instant nextAttemptAt) {
    }

    private final JdbcTemplate jdbc;

    Notifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the message of {@code eventId} for {@code recipient} unless it exists: an event handled again (the processor
     * restarted before its token was stored) adds nothing. The unique key (event, recipient) stands behind this.
     */
    void addOnce(String eventId, Contact contact, String cooperationId, String regionCode, List<String> kinds,
                 ReminderTexts.Text text, NotificationStatus status, Instant now) {
        jdbc.update("INSERT INTO query.notification (event_id, recipient, contact_id, cooperation_id, region_code, kinds, "
                        + "language, subject, body, status, attempts, created_at, next_attempt_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS "
                        + "(SELECT 1 FROM query.notification WHERE event_id = ? AND recipient = ?)",
                eventId, contact.email(), contact.contactId(), cooperationId, regionCode, String.join(",", kinds),
                contact.language().name(), text.subject(), text.body(), status.name(), Timestamp.from(now),
                status == NotificationStatus.OUTBOX ? null : Timestamp.from(now), eventId, contact.email());
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.query("SELECT id, recipient, subject, body, attempts, next_attempt_at FROM query.notification "
                        + "WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ? ORDER BY next_attempt_at, id "
                        + "LIMIT ?",
                (rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant()), Timestamp.from(now), limit);
    }

    /**
     * Takes a due message for one attempt by moving its next attempt to {@code leaseUntil}: of several instances that
     * saw it due, only the one whose update found it unchanged sends it, and if that instance dies mid-attempt the
     * message is due again when the lease ends.
     */
    boolean claim(Due due, Instant leaseUntil) {
        return jdbc.update("UPDATE query.notification SET next_attempt_at = ? WHERE id = ? AND next_attempt_at = ? "
                        + "AND status IN ('PENDING', 'RETRYING')",
                Timestamp.from(leaseUntil), due.id(), Timestamp.from(due.nextAttemptAt())) == 1;
    }

    void sent(Due due, Instant at) {
        int attempt = due.attempts() + 1;
        jdbc.update("UPDATE query.notification SET status = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = NULL, "
                + "last_error = NULL WHERE id = ?", attempt, Timestamp.from(at), due.id());
        logAttempt(due.id(), attempt, at, NotificationStatus.SENT, null);
    }

    /** A failed attempt: retried at {@code retryAt}, or given up when that is null. */
    void failed(Due due, Instant at, String error, Instant retryAt) {
        int attempt = due.attempts() + 1;
        NotificationStatus status = retryAt == null ? NotificationStatus.GAVE_UP : NotificationStatus.RETRYING;
        jdbc.update("UPDATE query.notification SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? "
                + "WHERE id = ?", status.name(), attempt, retryAt == null ? null : Timestamp.from(retryAt), error, due.id());
        logAttempt(due.id(), attempt, at, status, error);
    }

    private void logAttempt(long id, int attempt, Instant at, NotificationStatus outcome, String error) {
        jdbc.update("INSERT INTO query.notification_attempt (notification_id, attempt, attempted_at, outcome, error) "
                + "VALUES (?, ?, ?, ?, ?)", id, attempt, Timestamp.from(at), outcome.name(), error);
    }

    /**
     * Another round of attempts for a message given up: due now, its attempts counted on. Whether it existed and was
     * given up (only such a message is retried).
     */
    public boolean retry(long id, String regionCode, Instant now) {
        return jdbc.update("UPDATE query.notification SET status = 'RETRYING', next_attempt_at = ? WHERE id = ? "
                        + "AND status = 'GAVE_UP'" + (regionCode == null ? "" : " AND region_code = ?"),
                regionCode == null ? new Object[]{Timestamp.from(now), id} : new Object[]{Timestamp.from(now), id, regionCode}) == 1;
    }

    /** One page of messages, newest first: of one region (null: every region), of one status and cooperation if given. */
    public Page<Message> search(String regionCode, NotificationStatus status, String cooperationId, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (regionCode != null) {
            where.add("region_code = ?");
            args.add(regionCode);
        }
        if (status != null) {
            where.add("status = ?");
            args.add(status.name());
        }
        if (cooperationId != null) {
            where.add("cooperation_id = ?");
            args.add(cooperationId);
        }
        String filter = " FROM query.notification" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        long total = jdbc.queryForObject("SELECT COUNT(*)" + filter, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<Message> messages = jdbc.query("SELECT *" + filter + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                MESSAGE, args.toArray());
        Map<Long, List<Attempt>> attempts = attemptsOf(messages.stream().map(Message::id).toList());
        return Page.of(messages.stream().map(m -> new Message(m.id(), m.eventId(), m.recipient(), m.contactId(),
                m.cooperationId(), m.regionCode(), m.kinds(), m.language(), m.subject(), m.body(), m.status(),
                m.attempts(), m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.lastError(),
                attempts.getOrDefault(m.id(), List.of()))).toList(), page, size, total);
    }

    private Map<Long, List<Attempt>> attemptsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("SELECT * FROM query.notification_attempt WHERE notification_id IN ("
                        + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ") ORDER BY notification_id, attempt",
                (rs, n) -> Map.entry(rs.getLong("notification_id"), new Attempt(rs.getInt("attempt"),
                        rs.getTimestamp("attempted_at").toInstant(), rs.getString("outcome"), rs.getString("error"))),
                ids.toArray()).stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static final RowMapper<Message> MESSAGE = (rs, n) -> new Message(rs.getLong("id"), rs.getString("event_id"),
            rs.getString("recipient"), rs.getString("contact_id"), rs.getString("cooperation_id"),
            rs.getString("region_code"), List.of(rs.getString("kinds").split(",")), rs.getString("language"),
            rs.getString("subject"), rs.getString("body"), NotificationStatus.valueOf(rs.getString("status")),
            rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("next_attempt_at")),
            instant(rs.getTimestamp("sent_at")), rs.getString("last_error"), List.of());

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
