package id.kerjasama.query.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionReportsTest {

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two_and_of_none_is_null() {
        assertThat(InspectionReports.median(List.of(9L, 1L, 5L))).isEqualTo(5.0);
        assertThat(InspectionReports.median(List.of(10L, 1L, 4L, 6L))).isEqualTo(5.0);
        assertThat(InspectionReports.median(List.of())).isNull();
    }

    @Test
    void a_share_of_nothing_is_null_rather_than_zero() {
        assertThat(InspectionReports.share(1, 4)).isEqualTo(0.25);
        assertThat(InspectionReports.share(0, 0)).isNull();
    }
}
