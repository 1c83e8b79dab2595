package id.kerjasama.command.audit;

import id.kerjasama.audit.EventChain;
import id.kerjasama.audit.StoredEvent;
import id.kerjasama.eventstore.EventStoreTables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Extends a cooperation's hash chain over the events stored after its head. It runs on the caller's connection,
 * hence in the caller's transaction: an event and its link commit together or not at all. Events just appended
 * are hashed from the values the storage engine inserted; anything else (rows stored by another route, or events
 * older than the chain) is read back from the event table, so that the hash always covers the bytes as stored.
 */
final class EventChainWriter {

    private static final HexFormat HEX = HexFormat.of();
    private static final String HEAD = "SELECT sequence_number, hash FROM event_chain WHERE aggregate_identifier = ? "
            + "ORDER BY sequence_number DESC FETCH FIRST 1 ROWS ONLY";
    private static final String UNCHAINED = "SELECT " + EventStoreTables.STORED_EVENT_COLUMNS
            + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number > ? ORDER BY sequence_number";
    private static final String LINK = "INSERT INTO event_chain "
            + "(aggregate_identifier, sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)";
    private static final String AGGREGATES = "SELECT DISTINCT aggregate_identifier FROM domain_event_entry";

    private EventChainWriter() {
    }

    /**
     * Chains {@code appended}, the rows of {@code aggregateIdentifier} this transaction has just inserted (in sequence
     * order, without gaps), after the head of its chain: two statements (none to find the head of a new chain), no
     * reading back. If the chain does not end right before them, it falls back to {@link #extend(Connection, String)}.
     */
    static void extend(Connection connection, String aggregateIdentifier, List<StoredEvent> appended) throws SQLException {
        long first = appended.get(0).sequenceNumber();
        String previous = EventChain.GENESIS;
        // a new cooperation has no head to look for: a link already at sequence 0 would break the primary key
        if (first > 0) {
            Head head = head(connection, aggregateIdentifier);
            if (head.sequence() != first - 1) {
                extend(connection, aggregateIdentifier);
                return;
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
        }
    }

    private record Head(long sequence, String hash) {
    }

    private static Head head(Connection connection, String aggregateIdentifier) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(HEAD)) {
            head.setString(1, aggregateIdentifier);
            try (ResultSet row = head.executeQuery()) {
                return row.next() ? new Head(row.getLong(1), HEX.formatHex(row.getBytes(2))) : new Head(-1, EventChain.GENESIS);
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

    /** Chains whatever of {@code aggregateIdentifier} is stored after the head of its chain, reading it back. */
    static void extend(Connection connection, String aggregateIdentifier) throws SQLException {
        Head head = head(connection, aggregateIdentifier);
        long headSequence = head.sequence();
        String previous = head.hash();
        try (PreparedStatement unchained = connection.prepareStatement(UNCHAINED);
             PreparedStatement link = connection.prepareStatement(LINK)) {
            unchained.setString(1, aggregateIdentifier);
            unchained.setLong(2, headSequence);
            try (ResultSet row = unchained.executeQuery()) {
                while (row.next()) {
                    StoredEvent event = EventStoreTables.storedEvent(row);
                    // Axon appends sequence numbers without gaps; a gap means rows were removed: refuse to chain over it
                    if (event.sequenceNumber() != headSequence + 1) {
                        throw new IllegalStateException("Cannot chain event " + event.eventIdentifier() + " at sequence "
                                + event.sequenceNumber() + " of " + aggregateIdentifier + ": the chain ends at " + headSequence);
                    }
                    previous = addLink(link, aggregateIdentifier, previous, event);
                    headSequence = event.sequenceNumber();
                }
            }
            link.executeBatch();
        }
    }

    /** Chains whatever is stored unchained, cooperation by cooperation. */
    static void extendAll(Connection connection) throws SQLException {
        List<String> aggregates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(AGGREGATES); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                aggregates.add(row.getString(1));
            }
        }
        for (String aggregate : aggregates) {
            extend(connection, aggregate);
        }
    }
}
