package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.EvaluationId;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines a cooperation sets for itself through Axon's {@code DeadlineManager}, by name, and what each carries.
 * Every deadline watches a last day: it fires at the start of the day after (the reminder before expiry fires
 * earlier) and then checks that what it watches is still awaited, so a deadline that outlived its cause does
 * nothing. A pending deadline is stored with its payload until it fires: these records are as lasting as events,
 * and renaming or reshaping one strands the deadlines already set.
 */
public final class Deadlines {

    /** The DPRD's last day to answer a request for approval. */
    public static final String DPRD_RESPONSE = "dprd-response";
    /** The last day to draft a PKS or Rencana Kerja under the signed KB or NK. */
    public static final String IMPLEMENTING_AGREEMENT_DRAFTING = "implementing-agreement-drafting";
    /** The last day of an active cooperation's allowed silence (no activity, report or evaluation). */
    public static final String INACTIVITY = "inactivity";
    /** The last day for the next evaluation. */
    public static final String EVALUATION_CADENCE = "evaluation-cadence";
    /** The due date of one follow-up action of an evaluation. */
    public static final String FOLLOW_UP_ACTION = "follow-up-action";
    /** The last day to answer an evaluation's recommendation to stop. */
    public static final String STOP_RECOMMENDATION = "stop-recommendation";
    /** The reminder before the last day of the KB's or NK's term. */
    public static final String EXPIRY_REMINDER = "expiry-reminder";
    /** The last day of the KB's or NK's term. */
    public static final String TERM_END = "term-end";

    /** Every deadline, for when the cooperation ends and none of them is due any more. */
    static final List<String> ALL = List.of(DPRD_RESPONSE, IMPLEMENTING_AGREEMENT_DRAFTING, INACTIVITY, EVALUATION_CADENCE,
            FOLLOW_UP_ACTION, STOP_RECOMMENDATION, EXPIRY_REMINDER, TERM_END);

    private Deadlines() {
    }

    /** A deadline about the cooperation as a whole. */
    public record LastDay(LocalDate lastDay) {
    }

    /** A deadline about one follow-up action (numbered from 1) of an evaluation. */
    public record FollowUpActionDue(EvaluationId evaluationId, int actionNumber, LocalDate lastDay) {
    }

    /** A deadline about an evaluation's recommendation to stop. */
    public record StopRecommendationDue(EvaluationId evaluationId, LocalDate lastDay) {
    }
}
