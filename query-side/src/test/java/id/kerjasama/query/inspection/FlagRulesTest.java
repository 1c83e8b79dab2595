package id.kerjasama.query.inspection;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import id.kerjasama.cooperation.event.DprdResponseOverdue;
import id.kerjasama.cooperation.event.EvaluationOverdue;
import id.kerjasama.cooperation.event.ExpiryApproaching;
import id.kerjasama.cooperation.event.FollowUpActionOverdue;
import id.kerjasama.cooperation.event.StopRecommendationUnanswered;
import id.kerjasama.query.inspection.InspectionFile.Flag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event type raises or answers a flag, or is listed as doing neither. */
class FlagRulesTest {

    private static final CooperationId ID = CooperationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0c001");
    private static final EvaluationId EVALUATION = EvaluationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0c002");
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 10, 25);
    private static final LocalDate RECORDED_ON = LocalDate.of(2025, 10, 26);

    @Test
    void every_event_type_raises_or_answers_a_flag_or_is_listed_as_doing_neither() {
        assertThat(FlagRules.rules().unaccounted())
                .as("give each new event type its flag rule, or list it as raising and answering none").isEmpty();
    }

    @Test
    void a_flag_keeps_the_last_day_it_watched_and_falls_due_the_day_after_or_for_a_reminder_when_recorded() {
        Map<Object, FlagKind> raising = Map.of(
                new CooperationFlaggedDormant(ID, DormancyReason.NO_RECENT_ACTIVITY, LocalDate.of(2025, 4, 25), LAST_DAY),
                FlagKind.DORMANT,
                new EvaluationOverdue(ID, LocalDate.of(2025, 3, 31), LAST_DAY), FlagKind.EVALUATION_OVERDUE,
                new FollowUpActionOverdue(ID, EVALUATION, 1, new FollowUpAction("Tambah dokter", "RSUD", LAST_DAY)),
                FlagKind.FOLLOW_UP_ACTION_OVERDUE,
                new StopRecommendationUnanswered(ID, EVALUATION, LAST_DAY), FlagKind.STOP_RECOMMENDATION_UNANSWERED,
                new DprdResponseOverdue(ID, LocalDate.of(2025, 9, 10), LAST_DAY), FlagKind.DPRD_RESPONSE_OVERDUE,
                new ExpiryApproaching(ID, DocumentId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0c003"), LAST_DAY),
                FlagKind.EXPIRY_APPROACHING);
        assertThat(raising.values()).containsExactlyInAnyOrder(FlagKind.values());
        raising.forEach((event, kind) -> {
            List<Flag> flags = new ArrayList<>();
            FlagRules.apply(flags, event, "system", Instant.parse("2025-10-25T17:00:00Z"), 3, RECORDED_ON);
            assertThat(flags).as(kind.name()).singleElement().satisfies(flag -> {
                assertThat(flag.kind).isEqualTo(kind);
                assertThat(flag.lastDay).isEqualTo(LAST_DAY);
                assertThat(flag.since).isEqualTo(kind == FlagKind.EXPIRY_APPROACHING ? RECORDED_ON : LAST_DAY.plusDays(1));
                assertThat(flag.answeredWith).isEqualTo(kind.answeredWith()).isNotEmpty();
            });
        });
    }
}
