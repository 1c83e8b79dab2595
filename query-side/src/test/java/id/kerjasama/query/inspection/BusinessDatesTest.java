package id.kerjasama.query.inspection;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.DprdApprovalDeemedGiven;
import id.kerjasama.cooperation.event.OfferSent;
import id.kerjasama.cooperation.event.SubmittedForAssessment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessDatesTest {

    private static final CooperationId ID = CooperationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111");
    private static final LocalDate RECORDED = LocalDate.of(2025, 12, 1);

    @Test
    void a_letter_happened_on_the_day_it_is_dated() {
        assertThat(BusinessDates.of(new OfferSent(ID, new DocumentReference("penawaran.pdf", "a".repeat(64), null), null,
                LocalDate.of(2025, 5, 2)), RECORDED)).isEqualTo(LocalDate.of(2025, 5, 2));
    }

    @Test
    void the_dprd_s_silence_became_approval_the_day_after_its_last_day_to_answer() {
        assertThat(BusinessDates.of(new DprdApprovalDeemedGiven(ID, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 16)),
                RECORDED)).isEqualTo(LocalDate.of(2025, 7, 17));
    }

    @Test
    void a_step_without_a_day_of_its_own_or_with_a_day_ahead_happened_when_it_was_recorded() {
        assertThat(BusinessDates.of(new SubmittedForAssessment(ID), RECORDED)).isEqualTo(RECORDED);
        assertThat(BusinessDates.of(new CooperationTerminated(ID, TerminationReason.MUTUAL_AGREEMENT,
                LocalDate.of(2026, 1, 1), "Sepakat"), RECORDED)).isEqualTo(RECORDED);
    }
}
