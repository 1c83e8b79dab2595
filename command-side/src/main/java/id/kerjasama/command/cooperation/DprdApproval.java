package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.StageOrderPolicy;
import id.kerjasama.command.cooperation.policy.StepAlreadyTakenPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.event.DprdApprovalDeemedGiven;
import id.kerjasama.cooperation.event.DprdApprovalRequested;
import id.kerjasama.cooperation.event.DprdDecisionRecorded;
import id.kerjasama.cooperation.event.DprdResponseOverdue;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

/**
 * The DPRD's part (PP 28/2018): whether its approval is required, the request and its due date, its decision, and
 * what its silence after the due date meant (approval, or an escalation). Exists once the requirement has been
 * determined.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class DprdApproval {

    private boolean required;
    private LocalDate requestedOn;
    private LocalDate answerDueOn;
    private DprdDecision decision;
    private boolean deemedApproved;
    private boolean silenceEscalated;

    DprdApproval() {
        // for snapshots
    }

    DprdApproval(boolean required) {
        this.required = required;
    }

    /** Nothing waits for the DPRD: its approval is not required, or it was given (or its silence counts as given). */
    boolean cleared() {
        return !required || decision == DprdDecision.APPROVED || deemedApproved;
    }

    /** The DPRD has not answered the request due by {@code lastDay}, and its silence has not been acted on yet. */
    boolean silentPast(LocalDate lastDay) {
        return lastDay.equals(answerDueOn) && decision == null && !deemedApproved && !silenceEscalated;
    }

    Verdict requestable() {
        return StageOrderPolicy.follows(required, "DPRD approval was determined not to be required")
                .and(StepAlreadyTakenPolicy.notYetTaken(requestedOn != null,
                        "DPRD approval was already requested on " + requestedOn));
    }

    LocalDate requestedOn() {
        return requestedOn;
    }

    Verdict awaitingDecision() {
        return StageOrderPolicy.follows(requestedOn != null, "DPRD approval has not been requested")
                .and(StepAlreadyTakenPolicy.notYetTaken(decision != null, "the DPRD already decided: " + decision));
    }

    @EventSourcingHandler
    void on(DprdApprovalRequested requested) {
        requestedOn = requested.requestedOn();
        answerDueOn = requested.answerDueOn();
    }

    @EventSourcingHandler
    void on(DprdDecisionRecorded recorded) {
        decision = recorded.decision();
    }

    @EventSourcingHandler
    void on(DprdApprovalDeemedGiven deemed) {
        deemedApproved = true;
    }

    @EventSourcingHandler
    void on(DprdResponseOverdue overdue) {
        silenceEscalated = true;
    }
}
