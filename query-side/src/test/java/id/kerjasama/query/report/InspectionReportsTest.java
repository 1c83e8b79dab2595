package id.kerjasama.query.report;

import org.junit.jupiter.api.Test;

import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionReportsTest {

    private static TreeMap<Long, Integer> counts(long... values) {
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (long v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two_and_of_none_is_null() {
        assertThat(InspectionReports.median(counts(9, 1, 5))).isEqualTo(5.0);
        assertThat(InspectionReports.median(counts(10, 1, 4, 6))).isEqualTo(5.0);
        assertThat(InspectionReports.median(counts())).isNull();
    }

    @Test
    void the_median_counts_every_occurrence_of_a_repeated_length() {
        assertThat(InspectionReports.median(counts(1, 1, 1, 7))).isEqualTo(1.0);
        assertThat(InspectionReports.median(counts(2, 2, 8, 8))).isEqualTo(5.0);
        assertThat(InspectionReports.median(counts(3, 3, 3, 9, 9))).isEqualTo(3.0);
    }

    @Test
    void a_share_of_nothing_is_null_rather_than_zero() {
        assertThat(InspectionReports.share(1, 4)).isEqualTo(0.25);
        assertThat(InspectionReports.share(0, 0)).isNull();
    }
}
