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
    public record Message(long id, String eventId, Channel channel, String recipient, String contactId,
                          String webhookId, String cooperationId, String regionCode, List<String> kinds,
                          String language, String subject, String body, NotificationStatus status, int attempts,
                          Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, Long digestId,
                          List<Attempt> attemptLog) {

        Message withAttempts(List<Attempt> log) {
            return new Message(id, eventId, channel, recipient, contactId, webhookId, cooperationId, regionCode, kinds,
                    language, subject, body, status, attempts, createdAt, nextAttemptAt, sentAt, lastError, digestId,
                    log);
        }
    }

    /** How a message travels. */
    public enum Channel { EMAIL, WEBHOOK }

    /**
     * A message to make: for an e-mail the recipient is the address and {@code contactId} names the contact, for a
     * webhook the recipient is the webhook's id; {@code language} is the e-mail's.
     */
    record New(String eventId, Channel channel, String recipient, String contactId, String webhookId,
               String cooperationId, String regionCode, List<String> kinds, String language, String subject,
               String body, NotificationStatus status) {
    }

    public record Attempt(int attempt, Instant at, String outcome, String error) {
    }

    /** A message due for delivery. */
    record Due(long id, Channel channel, String recipient, String webhookId, String subject, String body,
               int attempts, Instant nextAttemptAt) {
    }

    private final JdbcTemplate jdbc;

    Notifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the message of {@code eventId} for {@code recipient} unless it exists: an event handled again (the processor
     * restarted before its token was stored) adds nothing. The unique key (event, recipient) stands behind this.
     */
    long addOnce(New m, Instant now) {
        boolean due = m.status() == NotificationStatus.PENDING;
        jdbc.update("INSERT INTO query.notification (event_id, channel, recipient, contact_id, webhook_id, cooperation_id, "
                        + "region_code, kinds, language, subject, body, status, attempts, created_at, next_attempt_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS "
                        + "(SELECT 1 FROM query.notification WHERE event_id = ? AND recipient = ?)",
                m.eventId(), m.channel().name(), m.recipient(), m.contactId(), m.webhookId(), m.cooperationId(),
                m.regionCode(), String.join(",", m.kinds()), m.language(), m.subject(), m.body(), m.status().name(),
                Timestamp.from(now), due ? Timestamp.from(now) : null, m.eventId(), m.recipient());
        return jdbc.queryForObject("SELECT id FROM query.notification WHERE event_id = ? AND recipient = ?", Long.class,
                m.eventId(), m.recipient());
    }

    /** The messages held for the daily digest, per recipient, oldest first. */
    Map<String, List<Message>> held() {
        return jdbc.query("SELECT * FROM query.notification WHERE status = 'HELD' ORDER BY recipient, created_at, id",
                MESSAGE).stream().collect(Collectors.groupingBy(Message::recipient, java.util.LinkedHashMap::new,
                Collectors.toList()));
    }

    /** The held messages {@code ids} went out in the digest {@code digestId}. */
    void gathered(List<Long> ids, long digestId) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE query.notification SET status = 'IN_DIGEST', digest_id = ? WHERE status = 'HELD' AND id IN ("
                    + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")", java.util.stream.Stream
                    .concat(java.util.stream.Stream.of(digestId), ids.stream()).toArray());
        }
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.query("SELECT id, channel, recipient, webhook_id, subject, body, attempts, next_attempt_at "
                        + "FROM query.notification WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, id LIMIT ?",
                (rs, n) -> new Due(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant()),
                Timestamp.from(now), limit);
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
        return Page.of(messages.stream().map(m -> m.withAttempts(attempts.getOrDefault(m.id(), List.of()))).toList(),
                page, size, total);
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
            Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("contact_id"),
            rs.getString("webhook_id"), rs.getString("cooperation_id"), rs.getString("region_code"),
            List.of(rs.getString("kinds").split(",")), rs.getString("language"), rs.getString("subject"),
            rs.getString("body"), NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("next_attempt_at")),
            instant(rs.getTimestamp("sent_at")), rs.getString("last_error"),
            rs.getObject("digest_id") == null ? null : rs.getLong("digest_id"), List.of());

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
