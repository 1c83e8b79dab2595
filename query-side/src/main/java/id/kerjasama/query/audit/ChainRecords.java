package id.kerjasama.query.audit;

import id.kerjasama.audit.ChainHead;
import id.kerjasama.audit.ChainLink;
import id.kerjasama.audit.StoredEvent;
import id.kerjasama.eventstore.EventStoreTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What the audit reads from the command side's tables: events as stored, their chain links, and the chains' heads;
 * and the one thing it writes there, the links of adopted events (so an adoption needs INSERT on event_chain).
 */
@Repository
class ChainRecords {

    private static final HexFormat HEX = HexFormat.of();

    /** One cooperation's rows in both tables, in sequence order. */
    record Chain(List<StoredEvent> events, List<ChainLink> links) {

        boolean isEmpty() {
            return events.isEmpty() && links.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;

    ChainRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads the links first, then the events, then the links of events that committed in between. An event and its
     * link commit together, so this sees the link of every event it sees, and no link without its event, however
     * busy the cooperation: what does not match was tampered with, not caught mid-append.
     */
    Chain of(String cooperationId) {
        Chain chain = new Chain(new ArrayList<>(), new ArrayList<>());
        read(Map.of(cooperationId, chain), "= ?", cooperationId);
        return chain;
    }

    /**
     * The chains of these cooperations, read as {@link #of} reads one, but with one statement per table for all of
     * them: the whole-store verification reads the store in blocks, not with two round trips per cooperation. The
     * statements ask for the range from the least to the greatest identifier, which the index on the identifier
     * serves (a list of identifiers is planned as a scan of the whole table when the table has no statistics); a
     * cooperation the range did not yield, as when the database's collation orders identifiers otherwise than Java
     * does, is read on its own.
     */
    Map<String, Chain> all(List<String> cooperationIds) {
        Map<String, Chain> chains = new HashMap<>();
        cooperationIds.forEach(id -> chains.put(id, new Chain(new ArrayList<>(), new ArrayList<>())));
        if (cooperationIds.isEmpty()) {
            return chains;
        }
        read(chains, "BETWEEN ? AND ?", Collections.min(cooperationIds), Collections.max(cooperationIds));
        chains.replaceAll((id, chain) -> chain.isEmpty() ? of(id) : chain);
        return chains;
    }

    /**
     * Fills {@code chains} with the rows whose identifier satisfies {@code condition}, links first, then events, then
     * the links of events that committed in between; rows of other cooperations are left out. The rows are put in
     * sequence order here, not by the database: a block of rows exceeds the memory PostgreSQL sorts in, and sorting
     * them there costs it more than reading them.
     */
    private void read(Map<String, Chain> chains, String condition, Object... arguments) {
        String where = " WHERE aggregate_identifier " + condition;
        jdbc.query("SELECT aggregate_identifier, " + LINK_COLUMNS + " FROM event_chain" + where, (RowCallbackHandler) row -> {
            Chain chain = chains.get(row.getString(1));
            if (chain != null) {
                chain.links().add(link(row, 2));
            }
        }, arguments);
        jdbc.query("SELECT " + EventStoreTables.STORED_EVENT_COLUMNS + " FROM domain_event_entry" + where,
                (RowCallbackHandler) row -> {
                    StoredEvent event = EventStoreTables.storedEvent(row);
                    Chain chain = chains.get(event.aggregateIdentifier());
                    if (chain != null) {
                        chain.events().add(event);
                    }
                }, arguments);
        chains.forEach((id, chain) -> {
            chain.events().sort(Comparator.comparingLong(StoredEvent::sequenceNumber));
            List<ChainLink> links = chain.links();
            links.sort(Comparator.comparingLong(ChainLink::sequenceNumber));
            long lastLink = links.isEmpty() ? -1 : links.get(links.size() - 1).sequenceNumber();
            long lastEvent = chain.events().isEmpty() ? -1 : chain.events().get(chain.events().size() - 1).sequenceNumber();
            if (lastEvent > lastLink) {
                links.addAll(links(id, lastLink, lastEvent));
            }
        });
    }

    /**
     * Every cooperation with an event or a link, in no particular order; grouped rather than a UNION, which
     * PostgreSQL plans as a sort of every row by the collation, more than twice the work of hashing them.
     */
    List<String> cooperationIds() {
        return jdbc.queryForList("SELECT aggregate_identifier FROM (SELECT aggregate_identifier FROM domain_event_entry "
                + "UNION ALL SELECT aggregate_identifier FROM event_chain) stored GROUP BY aggregate_identifier", String.class);
    }

    /** The last link of every chain, as committed now. */
    List<ChainHead> currentHeads() {
        return jdbc.query("""
                SELECT c.aggregate_identifier, c.sequence_number, c.hash FROM event_chain c
                JOIN (SELECT aggregate_identifier, MAX(sequence_number) AS head FROM event_chain GROUP BY aggregate_identifier) h
                  ON c.aggregate_identifier = h.aggregate_identifier AND c.sequence_number = h.head""",
                (row, i) -> new ChainHead(row.getString(1), row.getLong(2), HEX.formatHex(row.getBytes(3))));
    }

    /** Every cooperation with a stored event that has no chain link at its sequence number. */
    List<String> cooperationsWithUnchainedEvents() {
        return jdbc.queryForList("SELECT DISTINCT e.aggregate_identifier FROM domain_event_entry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_chain c WHERE c.aggregate_identifier = e.aggregate_identifier "
                + "AND c.sequence_number = e.sequence_number) ORDER BY e.aggregate_identifier", String.class);
    }

    void insertLinks(String cooperationId, List<ChainLink> links) {
        jdbc.batchUpdate("INSERT INTO event_chain (aggregate_identifier, sequence_number, event_identifier, previous_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?)", links.stream().map(link -> new Object[]{cooperationId, link.sequenceNumber(),
                link.eventIdentifier(), HEX.parseHex(link.previousHash()), HEX.parseHex(link.hash())}).toList());
    }

    private List<ChainLink> links(String cooperationId, long after, long upTo) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM event_chain "
                        + "WHERE aggregate_identifier = ? AND sequence_number > ? AND sequence_number <= ? ORDER BY sequence_number",
                (row, i) -> link(row, 1), cooperationId, after, upTo);
    }

    private static final String LINK_COLUMNS = "sequence_number, event_identifier, previous_hash, hash";

    /** The link whose {@link #LINK_COLUMNS} start at column {@code first} of the row. */
    private static ChainLink link(ResultSet row, int first) throws SQLException {
        return new ChainLink(row.getLong(first), row.getString(first + 1), HEX.formatHex(row.getBytes(first + 2)),
                HEX.formatHex(row.getBytes(first + 3)));
    }
}
