package id.kerjasama.query.audit;

import id.kerjasama.audit.ChainHead;
import id.kerjasama.audit.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The signed checkpoints and the chain heads each one signed (schema "audit"). */
@Repository
public class Checkpoints {

    private static final HexFormat HEX = HexFormat.of();
    private static final String COLUMNS = "checkpoint_number, created_at, tree_size, root_hash, key_id, signature";
    private static final RowMapper<Checkpoint> CHECKPOINT = (row, i) -> new Checkpoint(row.getLong(1), row.getString(2),
            row.getLong(3), HEX.formatHex(row.getBytes(4)), row.getString(5), HEX.formatHex(row.getBytes(6)));

    private final JdbcTemplate jdbc;

    Checkpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Checkpoint> latest() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.signed_checkpoint ORDER BY checkpoint_number DESC FETCH FIRST 1 ROWS ONLY",
                CHECKPOINT).stream().findFirst();
    }

    public Optional<Checkpoint> number(long number) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.signed_checkpoint WHERE checkpoint_number = ?", CHECKPOINT, number)
                .stream().findFirst();
    }

    /** Up to {@code limit} checkpoints numbered above {@code after}, oldest first: the pages of an export. */
    public List<Checkpoint> after(long after, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.signed_checkpoint WHERE checkpoint_number > ? "
                + "ORDER BY checkpoint_number FETCH FIRST " + limit + " ROWS ONLY", CHECKPOINT, after);
    }

    /** The leaves of checkpoint {@code number}: each cooperation's latest head recorded up to it. */
    List<ChainHead> headsAt(long number) {
        return jdbc.query("""
                SELECT h.aggregate_identifier, h.sequence_number, h.hash FROM audit.checkpoint_head h
                JOIN (SELECT aggregate_identifier, MAX(checkpoint_number) AS latest FROM audit.checkpoint_head
                      WHERE checkpoint_number <= ? GROUP BY aggregate_identifier) l
                  ON h.aggregate_identifier = l.aggregate_identifier AND h.checkpoint_number = l.latest""",
                (row, i) -> new ChainHead(row.getString(1), row.getLong(2), HEX.formatHex(row.getBytes(3))), number);
    }

    /** @param changedHeads the heads that differ from the previous checkpoint's (all of them for the first) */
    void insert(Checkpoint checkpoint, Collection<ChainHead> changedHeads) {
        jdbc.update("INSERT INTO audit.signed_checkpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                checkpoint.number(), checkpoint.createdAt(), checkpoint.treeSize(), HEX.parseHex(checkpoint.rootHash()),
                checkpoint.keyId(), HEX.parseHex(checkpoint.signature()));
        jdbc.batchUpdate("INSERT INTO audit.checkpoint_head (aggregate_identifier, checkpoint_number, sequence_number, hash) "
                        + "VALUES (?, ?, ?, ?)",
                changedHeads.stream().map(head -> new Object[]{head.aggregateIdentifier(), checkpoint.number(),
                        head.sequenceNumber(), HEX.parseHex(head.hash())}).toList());
    }
}
