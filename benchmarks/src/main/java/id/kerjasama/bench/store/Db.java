package id.kerjasama.bench.store;


import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static id.kerjasama.bench.harness.Log.log;

public final class Db implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final Connection connection;
    private final AtomicBoolean waitingLogged = new AtomicBoolean();

    public Db(String url, String user, String password) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        this.connection = connect();
    }

    /** A connection; waits up to a minute while the server has no slot free (others' tests share it). */
    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("reWriteBatchedInserts", "true");
        props.setProperty("ApplicationName", "kerjasama-bench");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!waitingLogged.getAndSet(true)) {
                    log("   PostgreSQL has no connection slot free (max_connections, shared with other work): waiting");
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public synchronized long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row, or null without one. */
    public synchronized String string(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public synchronized void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    public synchronized String serverVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Statements running for this database right now, other than this connection's. */
    public synchronized long activeStatements() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {cooperations in the read model, events they reflect (the sum of version + 1)}. */
    public synchronized long[] readModelState() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(version + 1), 0) FROM query.cooperation")) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }

    /** {index scans, rows inserted, updated, deleted} over the tables of schema query, and commits of the database. */
    public synchronized long[] queryTableStats() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(idx_scan), 0), COALESCE(SUM(n_tup_ins), 0), "
                     + "COALESCE(SUM(n_tup_upd), 0), COALESCE(SUM(n_tup_del), 0), "
                     + "(SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()) "
                     + "FROM pg_stat_user_tables WHERE schemaname = 'query'")) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
        }
    }

    public synchronized List<StoredRow> rowsOf(String aggregateId) throws SQLException {
        List<StoredRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT sequence_number, type, time_stamp, payload_type, "
                + "payload_revision, payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), new String(rs.getBytes(6), StandardCharsets.UTF_8),
                            rs.getBytes(7) == null ? null : new String(rs.getBytes(7), StandardCharsets.UTF_8)));
                }
            }
        }
        return rows;
    }

    public synchronized List<String> timestampsOf(String aggregateId) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    /** region, type, stage, title of every cooperation in the read model, in id order. */
    public synchronized List<String[]> registrySample() throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT region_code, type, stage, title FROM query.cooperation ORDER BY id")) {
            while (rs.next()) {
                rows.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return rows;
    }

    public record InsertResult(long rows, double seconds) {
    }

    public static final String INSERT = "INSERT INTO %s (event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Inserts the next {@code limit} rows with their links in event_chain, computed here from the canonical form
     * of docs/AUDIT-CHAIN.md (an implementation independent of the product's), in batches of 1,000.
     */
    public long insertChained(Iterator<Synthetic.Row> rows, long limit) throws Exception {
        Map<String, byte[]> heads = new HashMap<>();
        long inserted = 0;
        try (Connection c = connect(); PreparedStatement event = c.prepareStatement(INSERT.formatted("domain_event_entry"));
             PreparedStatement link = c.prepareStatement("INSERT INTO event_chain (aggregate_identifier, "
                     + "sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            while (inserted < limit && rows.hasNext()) {
                Synthetic.Row row = rows.next();
                bind(event, row);
                addLink(link, heads, row);
                if (++inserted % 1000 == 0) {
                    event.executeBatch();
                    link.executeBatch();
                    c.commit();
                }
            }
            event.executeBatch();
            link.executeBatch();
            c.commit();
        }
        return inserted;
    }

    /**
     * Links every stored event that has no chain link yet, in chain order after its cooperation's head, with the
     * hash computed here as in {@link #insertChained}: what the command side would have written had it appended
     * them. One connection reads (a cursor), another writes in batches of 1,000.
     */
    public long chainUnchained() throws Exception {
        Map<String, byte[]> heads = new HashMap<>();
        long linked = 0;
        try (Connection read = connect(); Connection write = connect();
             PreparedStatement link = write.prepareStatement("INSERT INTO event_chain (aggregate_identifier, "
                     + "sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
            read.setAutoCommit(false);
            write.setAutoCommit(false);
            try (Statement s = read.createStatement(); ResultSet rs = s.executeQuery("SELECT c.aggregate_identifier, "
                    + "c.hash FROM event_chain c JOIN (SELECT aggregate_identifier, MAX(sequence_number) AS head "
                    + "FROM event_chain GROUP BY aggregate_identifier) h ON c.aggregate_identifier = h.aggregate_identifier "
                    + "AND c.sequence_number = h.head")) {
                while (rs.next()) {
                    heads.put(rs.getString(1), rs.getBytes(2));
                }
            }
            try (Statement s = read.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry e "
                        + "WHERE NOT EXISTS (SELECT 1 FROM event_chain l WHERE l.aggregate_identifier = e.aggregate_identifier "
                        + "AND l.sequence_number = e.sequence_number) ORDER BY aggregate_identifier, sequence_number")) {
                    while (rs.next()) {
                        Synthetic.Row row = new Synthetic.Row(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8),
                                rs.getBytes(9));
                        addLink(link, heads, row);
                        if (++linked % 1000 == 0) {
                            link.executeBatch();
                            write.commit();
                        }
                    }
                }
            }
            link.executeBatch();
            write.commit();
            read.commit();
        }
        return linked;
    }

    /** Adds {@code row} to a batch of {@link #INSERT}. */
    private static void bind(PreparedStatement insert, Synthetic.Row row) throws SQLException {
        insert.setString(1, row.eventId());
        insert.setString(2, row.aggregateId());
        insert.setLong(3, row.sequence());
        insert.setString(4, row.type());
        insert.setString(5, row.timestamp());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload());
        insert.setBytes(9, row.metaData());
        insert.addBatch();
    }

    /** Reads every stored event and chain link with all their columns, as a verifier must: rows read per second. */
    public double rawReadRate() throws SQLException {
        long start = System.nanoTime();
        long events = 0;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT event_identifier, aggregate_identifier, sequence_number, type, "
                    + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                    + "ORDER BY aggregate_identifier, sequence_number")) {
                while (rs.next()) {
                    events++;
                    for (int column = 1; column <= 9; column++) {
                        rs.getObject(column);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT aggregate_identifier, sequence_number, event_identifier, "
                    + "previous_hash, hash FROM event_chain ORDER BY aggregate_identifier, sequence_number")) {
                while (rs.next()) {
                    for (int column = 1; column <= 5; column++) {
                        rs.getObject(column);
                    }
                }
            }
            c.commit();
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /** Inserts the synthetic rows in batches of 1,000, one transaction each; generation runs on another thread. */
    public InsertResult insertBatched(Iterator<Synthetic.Row> remaining) throws Exception {
        BlockingQueue<List<Synthetic.Row>> queue = new ArrayBlockingQueue<>(8);
        List<Synthetic.Row> end = List.of();
        Thread producer = new Thread(() -> {
            try {
                List<Synthetic.Row> batch = new ArrayList<>(1000);
                for (Synthetic.Row row : (Iterable<Synthetic.Row>) () -> remaining) {
                    batch.add(row);
                    if (batch.size() == 1000) {
                        queue.put(batch);
                        batch = new ArrayList<>(1000);
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
                queue.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "generator");
        producer.setDaemon(true);
        producer.start();
        long rows = 0;
        long start = System.nanoTime();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(INSERT.formatted("domain_event_entry"))) {
            c.setAutoCommit(false);
            while (true) {
                List<Synthetic.Row> batch = queue.take();
                if (batch == end) {
                    break;
                }
                for (Synthetic.Row row : batch) {
                    bind(s, row);
                }
                s.executeBatch();
                c.commit();
                rows += batch.size();
            }
        }
        return new InsertResult(rows, (System.nanoTime() - start) / 1e9);
    }

    /**
     * An empty copy of domain_event_entry's shape, bench_commit_probe, for the raw commit rate ({@link RawCommits}),
     * and the newest CooperationInitiated row, whose size the probe's rows take.
     */
    public StoredRow createCommitProbe() throws SQLException {
        execute("DROP TABLE IF EXISTS bench_commit_probe");
        execute("CREATE TABLE bench_commit_probe (LIKE domain_event_entry INCLUDING ALL)");
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT sequence_number, type, time_stamp, payload_type, payload_revision, "
                     + "payload, meta_data FROM domain_event_entry WHERE payload_type LIKE '%.CooperationInitiated' "
                     + "ORDER BY global_index DESC LIMIT 1")) {
            rs.next();
            return new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    new String(rs.getBytes(6), StandardCharsets.UTF_8), new String(rs.getBytes(7), StandardCharsets.UTF_8));
        }
    }

    /** Appends copies of the aggregate's last event (new id, next sequence, 1 ms apart) until it has {@code length}. */
    public synchronized void extendWithCopiesOfLast(String aggregateId, int length) throws SQLException {
        List<StoredRow> rows = rowsOf(aggregateId);
        StoredRow last = rows.get(rows.size() - 1);
        Instant time = Synthetic.parse(last.timestamp());
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        // each copy is linked in event_chain as the command side would have linked it: it refuses to append after
        // an unchained event
        byte[] previous;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT hash FROM event_chain WHERE aggregate_identifier = ? AND sequence_number = ?")) {
            head.setString(1, aggregateId);
            head.setLong(2, last.sequence());
            try (ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No chain link for event " + last.sequence() + " of " + aggregateId);
                }
                previous = rs.getBytes(1);
            }
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT.formatted("domain_event_entry"));
             PreparedStatement link = connection.prepareStatement("INSERT INTO event_chain (aggregate_identifier, "
                     + "sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
            byte[] payload = last.payload().getBytes(StandardCharsets.UTF_8);
            byte[] meta = last.metaData() == null ? null : last.metaData().getBytes(StandardCharsets.UTF_8);
            for (long seq = last.sequence() + 1; seq < length; seq++) {
                time = time.plusMillis(1);
                Synthetic.Row row = new Synthetic.Row(UUID.randomUUID().toString(), aggregateId, seq, last.type(),
                        Synthetic.TIME.format(time), last.payloadType(), last.payloadRevision(), payload, meta);
                bind(s, row);
                byte[] hash = AuditChain.hash(row, previous);
                link.setString(1, aggregateId);
                link.setLong(2, seq);
                link.setString(3, row.eventId());
                link.setBytes(4, previous);
                link.setBytes(5, hash);
                link.addBatch();
                previous = hash;
                if (seq % 1000 == 0) {
                    s.executeBatch();
                    link.executeBatch();
                }
            }
            s.executeBatch();
            link.executeBatch();
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException("Cannot extend " + aggregateId, e);
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    public void awaitSnapshots(List<String> aggregateIds, Duration limit) throws Exception {
        if (aggregateIds.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            long have;
            synchronized (this) {
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT COUNT(DISTINCT aggregate_identifier) FROM snapshot_event_entry WHERE aggregate_identifier = ANY (?)")) {
                    s.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        have = rs.getLong(1);
                    }
                }
            }
            if (have >= aggregateIds.size()) {
                return;
            }
            Thread.sleep(200);
        }
        log("   not every long history had a snapshot within %d s", limit.toSeconds());
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }

    /**
     * Adds the chain link of {@code row} after its cooperation's head in {@code heads} (the zero hash before the
     * first event) to the batch of {@code link}, and makes it the new head.
     */
    private static void addLink(PreparedStatement link, Map<String, byte[]> heads, Synthetic.Row row) throws Exception {
        byte[] previous = row.sequence() == 0 ? new byte[32] : heads.get(row.aggregateId());
        if (previous == null) {
            throw new IllegalStateException("No chain head before event " + row.sequence() + " of " + row.aggregateId());
        }
        byte[] hash = AuditChain.hash(row, previous);
        heads.put(row.aggregateId(), hash);
        link.setString(1, row.aggregateId());
        link.setLong(2, row.sequence());
        link.setString(3, row.eventId());
        link.setBytes(4, previous);
        link.setBytes(5, hash);
        link.addBatch();
    }
}
