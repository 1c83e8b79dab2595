package id.kerjasama.command.audit;

import id.kerjasama.audit.EventChain;
import id.kerjasama.audit.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * Extends a cooperation's hash chain over the events its caller's transaction has just appended, on the caller's
 * connection, hence in the caller's transaction: an event and its link commit together or not at all. It links
 * nothing else: if the chain does not end right before the appended events (an earlier event was stored without a
 * link, or links outlive deleted events) it refuses the append, because linking would vouch for rows that never
 * went through the application. Events stored before the chain existed enter it only by a recorded adoption
 * (docs/AUDIT-CHAIN.md).
 */
final class EventChainWriter {

    private static final Logger log = LoggerFactory.getLogger(EventChainWriter.class);
    private static final HexFormat HEX = HexFormat.of();
    /** The last link, and the identifier of the event stored at its sequence number (null if there is none). */
    private static final String HEAD = "SELECT c.sequence_number, c.hash, c.event_identifier, e.event_identifier "
            + "FROM event_chain c LEFT JOIN domain_event_entry e ON e.aggregate_identifier = c.aggregate_identifier "
            + "AND e.sequence_number = c.sequence_number WHERE c.aggregate_identifier = ? "
            + "ORDER BY c.sequence_number DESC FETCH FIRST 1 ROWS ONLY";
    private static final String LINK = "INSERT INTO event_chain "
            + "(aggregate_identifier, sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)";
    /** unique_violation, on PostgreSQL and H2 alike */
    private static final String DUPLICATE_KEY = "23505";

    private EventChainWriter() {
    }

    /**
     * Chains {@code appended}, the rows of {@code aggregateIdentifier} this transaction has just inserted (in sequence
     * order, without gaps), after the head of its chain: two statements (none to find the head of a new chain), no
     * reading back. The head lookup is also the check that every earlier event is chained and that the event its last
     * link vouches for is still stored: the command may have been decided on a cooperation kept in memory, which
     * knows nothing of rows deleted behind its back.
     *
     * @throws HistoryUnverified if the chain does not end right before the appended events
     */
    static void extend(Connection connection, String aggregateIdentifier, List<StoredEvent> appended) throws SQLException {
        long first = appended.get(0).sequenceNumber();
        String previous = EventChain.GENESIS;
        // a new cooperation has no head to look for: a link already at sequence 0 breaks the primary key below
        if (first > 0) {
            Head head = head(connection, aggregateIdentifier);
            if (!head.eventStored()) {
                throw refused(aggregateIdentifier, "event " + head.sequence() + " of cooperation " + aggregateIdentifier
                        + " has a chain link but is not stored as it was linked: chained events were deleted or replaced");
            }
            if (head.sequence() != first - 1) {
                throw refused(aggregateIdentifier, head.sequence() < first - 1
                        ? "events " + (head.sequence() + 1) + " to " + (first - 1) + " of cooperation " + aggregateIdentifier
                        + " are stored without a chain link: they did not go through the application, or were stored "
                        + "before the chain and not adopted"
                        : "cooperation " + aggregateIdentifier + " has chain links up to sequence " + head.sequence()
                        + " but only " + first + " events are stored: chained events were deleted");
            }
            previous = head.hash();
        }
        try (PreparedStatement link = connection.prepareStatement(LINK)) {
            long expected = first;
            for (StoredEvent event : appended) {
                if (event.sequenceNumber() != expected++) {
                    throw new IllegalStateException("Cannot chain event " + event.eventIdentifier() + " at sequence "
                            + event.sequenceNumber() + " of " + aggregateIdentifier + ": not right after the one before");
                }
                previous = addLink(link, aggregateIdentifier, previous, event);
            }
            link.executeBatch();
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                throw refused(aggregateIdentifier, "cooperation " + aggregateIdentifier + " already has a chain link at sequence "
                        + first + " but no event there: chained events were deleted");
            }
            throw e;
        }
    }

    private static HistoryUnverified refused(String aggregateIdentifier, String detail) {
        log.error("SECURITY: append refused, the stored history is not what the chain vouches for: {}", detail);
        return new HistoryUnverified(aggregateIdentifier, "The stored history of this cooperation cannot be verified ("
                + detail + "); nothing was stored. An operator must investigate before it can change again.");
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (DUPLICATE_KEY.equals(cause.getSQLState())
                    || cause instanceof BatchUpdateException && cause.getCause() instanceof SQLException inner
                    && DUPLICATE_KEY.equals(inner.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private record Head(long sequence, String hash, boolean eventStored) {
    }

    private static Head head(Connection connection, String aggregateIdentifier) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(HEAD)) {
            head.setString(1, aggregateIdentifier);
            try (ResultSet row = head.executeQuery()) {
                return row.next() ? new Head(row.getLong(1), HEX.formatHex(row.getBytes(2)), row.getString(3).equals(row.getString(4)))
                        : new Head(-1, EventChain.GENESIS, true);
            }
        }
    }

    private static String addLink(PreparedStatement link, String aggregateIdentifier, String previous, StoredEvent event)
            throws SQLException {
        String hash = EventChain.link(previous, event);
        link.setString(1, aggregateIdentifier);
        link.setLong(2, event.sequenceNumber());
        link.setString(3, event.eventIdentifier());
        link.setBytes(4, HEX.parseHex(previous));
        link.setBytes(5, HEX.parseHex(hash));
        link.addBatch();
        return hash;
    }
}
