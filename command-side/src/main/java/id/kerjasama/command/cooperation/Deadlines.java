package id.kerjasama.command.cooperation;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.region.RegionCode;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.kerjasama.actor.AuditMetadata.ACTOR_ID;
import static id.kerjasama.actor.AuditMetadata.ACTOR_REGION;
import static id.kerjasama.actor.AuditMetadata.ACTOR_ROLE;
import static id.kerjasama.actor.AuditMetadata.SYSTEM_ACTOR;

/**
 * The deadlines a cooperation sets for itself through Axon's {@code DeadlineManager}, by name, and what each carries.
 * Every deadline watches a last day: it fires at the start of the day after (the reminder before expiry fires
 * earlier) and then checks that what it watches is still awaited, so a deadline that outlived its cause does
 * nothing. A pending deadline is stored with its payload until it fires: these records are as lasting as events,
 * and renaming or reshaping one strands the deadlines already set.
 * <p>
 * The cooperation's handlers set and cancel deadlines only through this object, which knows how: the day a deadline
 * fires in the region's zone, and the {@code SYSTEM} actor of the region it is handled as.
 */
public class Deadlines {

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
    private static final List<String> ALL = List.of(DPRD_RESPONSE, IMPLEMENTING_AGREEMENT_DRAFTING, INACTIVITY, EVALUATION_CADENCE,
            FOLLOW_UP_ACTION, STOP_RECOMMENDATION, EXPIRY_REMINDER, TERM_END);

    private final DeadlineManager deadlineManager;
    private final Clock clock;
    private final CooperationRules rules;

    Deadlines(DeadlineManager deadlineManager, Clock clock, CooperationRules rules) {
        this.deadlineManager = deadlineManager;
        this.clock = clock;
        this.rules = rules;
    }

    /** Watches a last day, if there is one: the deadline fires when the day after it begins. */
    void watch(RegionCode region, String name, Optional<LocalDate> lastDay) {
        lastDay.ifPresent(day -> set(region, name, day.plusDays(1), new LastDay(day)));
    }

    /**
     * A watch whose last day only moves later, as activities, reports, evaluations and answers are recorded. Rather
     * than cancel and set a deadline on each of them, the pending deadline checks when it fires: if the last day has
     * moved on, it sets itself again for the new one; if it still holds, {@code flag} runs; if nothing is watched any
     * more (a flag is open, the cooperation moved on or ended), it does nothing.
     */
    void slide(RegionCode region, String name, LastDay due, Optional<LocalDate> lastDayNow, Runnable flag) {
        lastDayNow.ifPresent(lastDay -> {
            if (lastDay.isAfter(due.lastDay())) {
                watch(region, name, lastDayNow);
            } else {
                flag.run();
            }
        });
    }

    /** The reminder before the term of the KB or NK ends (90 days before by default), and its end. */
    void watchTerm(RegionCode region, LocalDate lastDay) {
        LocalDate termOver = lastDay.plusDays(1);
        set(region, EXPIRY_REMINDER, termOver.minusDays(rules.expiryReminderDays()), new LastDay(lastDay));
        set(region, TERM_END, termOver, new LastDay(lastDay));
    }

    /** The due date of each follow-up action (numbered from 1) of an evaluation. */
    void watchFollowUpActions(RegionCode region, EvaluationId evaluationId, List<FollowUpAction> actions) {
        for (int number = 1; number <= actions.size(); number++) {
            LocalDate due = actions.get(number - 1).dueDate();
            set(region, FOLLOW_UP_ACTION, due.plusDays(1), new FollowUpActionDue(evaluationId, number, due));
        }
    }

    /** The last day to answer an evaluation's recommendation to stop, counted from today. */
    void watchStopRecommendation(RegionCode region, EvaluationId evaluationId) {
        LocalDate answerDueOn = LocalDate.now(clock).plusDays(rules.stopAnswerDays());
        set(region, STOP_RECOMMENDATION, answerDueOn.plusDays(1), new StopRecommendationDue(evaluationId, answerDueOn));
    }

    /** What the deadline watched is no longer awaited. */
    void cancel(String name) {
        deadlineManager.cancelAllWithinScope(name);
    }

    /** The cooperation ended: nothing it watched is due any more. */
    void cancelAll() {
        ALL.forEach(deadlineManager::cancelAllWithinScope);
    }

    /** Sets a deadline for the start of {@code fireOn} in the region's zone, to be handled as the system of the region. */
    private void set(RegionCode region, String name, LocalDate fireOn, Object due) {
        MetaData system = MetaData.with(ACTOR_ID, SYSTEM_ACTOR).and(ACTOR_ROLE, ActorRole.SYSTEM.name())
                .and(ACTOR_REGION, region.value());
        deadlineManager.schedule(fireOn.atStartOfDay(clock.getZone()).toInstant(), name, new GenericMessage<>(due, system));
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
