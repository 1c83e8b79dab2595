package id.kerjasama.query.audit;

import id.kerjasama.audit.Adoption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The signed adoptions of events stored before the chain (schema "audit"), as they were signed. */
@Repository
public class Adoptions {

    private static final HexFormat HEX = HexFormat.of();
    private static final String COLUMNS = "aggregate_identifier, first_sequence, last_sequence, previous_hash, adopted_at, "
            + "operator, reason, checkpoint_before, checkpoint_before_root, key_id, signature";
    private static final RowMapper<Adoption> ADOPTION = (row, i) -> new Adoption(row.getString(1), row.getLong(2),
            row.getLong(3), HEX.formatHex(row.getBytes(4)), row.getString(5), row.getString(6), row.getString(7),
            row.getLong(8), HEX.formatHex(row.getBytes(9)), row.getString(10), HEX.formatHex(row.getBytes(11)));

    private final JdbcTemplate jdbc;

    Adoptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One cooperation's adoptions, in sequence order. */
    List<Adoption> of(String cooperationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.chain_adoption WHERE aggregate_identifier = ? "
                + "ORDER BY first_sequence", ADOPTION, cooperationId);
    }

    /** Every cooperation's adoptions, for verifying many chains with one statement (adoptions are rare). */
    Map<String, List<Adoption>> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.chain_adoption ORDER BY aggregate_identifier, first_sequence",
                ADOPTION).stream().collect(Collectors.groupingBy(Adoption::aggregateIdentifier));
    }

    /** The adoptions of the first {@code limit} adopted cooperations whose id sorts after {@code after}: pages of the register. */
    public List<Adoption> after(String after, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.chain_adoption WHERE aggregate_identifier IN "
                + "(SELECT DISTINCT aggregate_identifier FROM audit.chain_adoption WHERE aggregate_identifier > ? "
                + "ORDER BY aggregate_identifier FETCH FIRST " + limit + " ROWS ONLY) "
                + "ORDER BY aggregate_identifier, first_sequence", ADOPTION, after);
    }

    void insert(Adoption adoption) {
        jdbc.update("INSERT INTO audit.chain_adoption (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                adoption.aggregateIdentifier(), adoption.firstSequence(), adoption.lastSequence(),
                HEX.parseHex(adoption.previousHash()), adoption.adoptedAt(), adoption.operator(), adoption.reason(),
                adoption.checkpointBefore(), HEX.parseHex(adoption.checkpointBeforeRoot()), adoption.keyId(),
                HEX.parseHex(adoption.signature()));
    }
}
