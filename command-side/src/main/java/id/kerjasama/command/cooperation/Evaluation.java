package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.StepAlreadyTakenPolicy;
import id.kerjasama.command.cooperation.policy.StopRecommendationOnlyPolicy;
import id.kerjasama.command.cooperation.policy.UnknownMemberPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.command.CompleteFollowUpAction;
import id.kerjasama.cooperation.command.JustifyContinuation;
import id.kerjasama.cooperation.event.ContinuationJustified;
import id.kerjasama.cooperation.event.EvaluationRecorded;
import id.kerjasama.cooperation.event.FollowUpActionCompleted;
import id.kerjasama.cooperation.event.FollowUpActionOverdue;
import id.kerjasama.cooperation.event.StopRecommendationUnanswered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One evaluation of the cooperation (monev): which kind, for which period, and who recorded it, so that a
 * review or a final evaluation is never by the same person as the self-report it judges; and what it asked for:
 * follow-up actions (numbered from 1 in its order) until each is completed, and, if it recommended stopping, an
 * answer (a justification to continue, or the termination that ends the cooperation).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Evaluation {

    @EntityId
    private EvaluationId evaluationId;
    private EvaluationKind kind;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String recordedBy;
    private Recommendation recommendation;
    private List<FollowUpAction> followUpActions = List.of();
    private Set<Integer> completedActions = new HashSet<>();
    private Set<Integer> overdueActions = new HashSet<>();
    private boolean continuationJustified;
    private boolean stopUnanswered;

    Evaluation() {
        // for snapshots
    }

    Evaluation(EvaluationRecorded recorded, String recordedBy) {
        this.evaluationId = recorded.evaluationId();
        this.kind = recorded.kind();
        this.periodStart = recorded.periodStart();
        this.periodEnd = recorded.periodEnd();
        this.recordedBy = recordedBy;
        this.recommendation = recorded.recommendation();
        this.followUpActions = List.copyOf(recorded.followUpActions());
    }

    EvaluationKind kind() {
        return kind;
    }

    String recordedBy() {
        return recordedBy;
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(periodEnd) && !end.isBefore(periodStart);
    }

    /** One of its follow-up actions, numbered from 1: a deadline for it was set when it was recorded. */
    FollowUpAction followUpAction(int number) {
        return followUpActions.get(number - 1);
    }

    Verdict followUpOpen(int number) {
        return UnknownMemberPolicy.followUpAction(evaluationId, followUpActions.size(), number)
                .and(StepAlreadyTakenPolicy.notYetTaken(completedActions.contains(number), "follow-up action " + number
                        + " of evaluation " + evaluationId + " is already completed"));
    }

    @CommandHandler
    void handle(CompleteFollowUpAction command, CooperationCourse course) {
        course.inStage(command).and(followUpOpen(command.actionNumber())).orThrow();
        apply(new FollowUpActionCompleted(command.cooperationId(), evaluationId, command.actionNumber(),
                command.completedOn(), command.note()));
    }

    @CommandHandler
    void handle(JustifyContinuation command, Clock clock, CooperationCourse course) {
        course.inStage(command).and(justifiable()).orThrow();
        apply(new ContinuationJustified(command.cooperationId(), evaluationId, command.justification(),
                LocalDate.now(clock)));
    }

    /** The follow-up action is neither completed nor flagged overdue yet. */
    boolean followUpAwaited(int number) {
        return !completedActions.contains(number) && !overdueActions.contains(number);
    }

    Verdict justifiable() {
        return StepAlreadyTakenPolicy.notYetTaken(continuationJustified, "continuing after evaluation " + evaluationId
                        + " is already justified")
                .and(StopRecommendationOnlyPolicy.check(evaluationId, recommendation));
    }

    /** It recommended stopping, no justification to continue followed, and that was not flagged yet. */
    boolean stopAwaitsAnswer() {
        return recommendation == Recommendation.STOP && !continuationJustified && !stopUnanswered;
    }

    @EventSourcingHandler
    void on(FollowUpActionCompleted completed) {
        completedActions.add(completed.actionNumber());
    }

    @EventSourcingHandler
    void on(FollowUpActionOverdue overdue) {
        overdueActions.add(overdue.actionNumber());
    }

    @EventSourcingHandler
    void on(ContinuationJustified justified) {
        continuationJustified = true;
    }

    @EventSourcingHandler
    void on(StopRecommendationUnanswered unanswered) {
        stopUnanswered = true;
    }
}
