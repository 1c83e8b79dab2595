package id.kerjasama.query.publicregister;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.cooperation.CooperationDetail.RegionView;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Labelled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The public register in figures, as regional systems publish them: its signed agreements counted by initiating
 * region, type, government affair and stage. An agreement whose affairs an exemption withholds today is counted
 * everywhere but under its affairs, and among those withheld, so that the figures reveal nothing the entry hides.
 */
@Repository
public class PublicStatistics {

    /** How many agreements of the register have this code, with its Indonesian term (or the region's name). */
    public record Count(String code, String term, String label, long cooperations) {
    }

    /**
     * @param cooperations    every signed agreement of the register (of the region asked for, if one was)
     * @param affairsWithheld those whose affairs an exemption withholds today, counted under no affair
     */
    public record Statistics(LocalDate asOf, String region, long cooperations, List<Count> regions, List<Count> types,
                             List<Count> affairs, List<Count> stages, long affairsWithheld) {
    }

    /** The register's rows, as its list finds them (signed KB or NK); an agreement is a party's in either region. */
    private static final String REGISTER = "c.signed_on IS NOT NULL";
    private static final String OF_REGION = " AND (c.region_code = ? OR c.partner_region_code = ?)";
    private static final String AFFAIRS_WITHHELD = "EXISTS (SELECT 1 FROM query.public_exemption w "
            + "WHERE w.cooperation_id = c.id AND w.field = '" + PublicEntryField.AFFAIRS.name() + "' AND w.last_day >= ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PublicStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Statistics of(RegionCode region) {
        LocalDate today = LocalDate.now(clock);
        String where = " WHERE " + REGISTER + (region == null ? "" : OF_REGION);
        String from = "FROM query.cooperation c";
        List<Object> args = region == null ? List.of() : List.of(region.value(), region.value());
        List<Object> withArgs = new ArrayList<>(args);
        withArgs.add(Date.valueOf(today));
        return new Statistics(today, region == null ? null : region.value(),
                jdbc.queryForObject("SELECT COUNT(*) " + from + where, Long.class, args.toArray()),
                counts("SELECT c.region_code, COUNT(*) " + from + where + " GROUP BY c.region_code", args, code -> {
                    RegionView view = RegionView.of(RegionCode.of(code));
                    return new Count(code, view.name(), view.name(), 0);
                }),
                counts("SELECT c.type, COUNT(*) " + from + where + " GROUP BY c.type", args,
                        code -> labelled(code, CooperationType.valueOf(code))),
                counts("SELECT a.affair, COUNT(*) FROM query.cooperation_affair a JOIN query.cooperation c ON c.id = a.cooperation_id "
                                + where + " AND NOT " + AFFAIRS_WITHHELD + " GROUP BY a.affair", withArgs,
                        code -> labelled(code, GovernmentAffair.valueOf(code))),
                counts("SELECT c.stage, COUNT(*) " + from + where + " GROUP BY c.stage", args,
                        code -> labelled(code, Stage.valueOf(code))),
                jdbc.queryForObject("SELECT COUNT(*) " + from + where + " AND " + AFFAIRS_WITHHELD, Long.class, withArgs.toArray()));
    }

    private List<Count> counts(String sql, List<Object> args, Function<String, Count> named) {
        List<Count> counts = jdbc.query(sql, (rs, n) -> {
            Count name = named.apply(rs.getString(1));
            return new Count(name.code(), name.term(), name.label(), rs.getLong(2));
        }, args.toArray());
        // most first, then by code, so that the figures read the same on every database
        counts.sort((a, b) -> a.cooperations() != b.cooperations() ? Long.compare(b.cooperations(), a.cooperations())
                : a.code().compareTo(b.code()));
        return counts;
    }

    private static Count labelled(String code, Labelled value) {
        return new Count(code, value.term(), value.label(), 0);
    }
}
