package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.AuditFindingClosedPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.command.CloseAuditFinding;
import id.kerjasama.cooperation.command.RecordFindingFollowUp;
import id.kerjasama.cooperation.event.AuditFindingClosed;
import id.kerjasama.cooperation.event.AuditFindingFollowedUp;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A finding an inspector recorded on the cooperation, open to follow-up until the inspector closes it. It is beside
 * the cooperation's course, never part of it: no finding changes a stage.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AuditFinding {

    @EntityId
    private AuditFindingId findingId;
    private boolean closed;

    AuditFinding() {
        // for snapshots
    }

    AuditFinding(AuditFindingId findingId) {
        this.findingId = findingId;
    }

    Verdict open() {
        return AuditFindingClosedPolicy.check(closed, findingId);
    }

    @CommandHandler
    void handle(RecordFindingFollowUp command, CooperationCourse course) {
        course.inStage(command).and(open()).orThrow();
        apply(new AuditFindingFollowedUp(command.cooperationId(), findingId, command.description(),
                command.followedUpOn(), command.evidence()));
    }

    @CommandHandler
    void handle(CloseAuditFinding command, CooperationCourse course) {
        course.inStage(command).and(open()).orThrow();
        apply(new AuditFindingClosed(command.cooperationId(), findingId, command.conclusion()));
    }

    @EventSourcingHandler
    void on(AuditFindingClosed closed) {
        this.closed = true;
    }
}
