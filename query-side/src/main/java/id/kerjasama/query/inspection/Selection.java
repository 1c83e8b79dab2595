package id.kerjasama.query.inspection;

import java.util.ArrayList;
import java.util.List;

/** A SQL condition on query.inspection_file's columns and its arguments, built up filter by filter. */
record Selection(String sql, List<Object> args) {

    static Selection all() {
        return new Selection("1 = 1", List.of());
    }

    Selection and(String condition, Object... values) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(values));
        return new Selection(sql + " AND " + condition, all);
    }

    /** {@code column IN (?, ...)} for the values, or nothing when there are none. */
    Selection in(String column, List<String> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        return and(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")", values.toArray());
    }
}
