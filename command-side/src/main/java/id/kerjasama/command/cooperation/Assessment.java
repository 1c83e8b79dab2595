package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.FindingsBeforeConclusionPolicy;
import id.kerjasama.command.cooperation.policy.StageOrderPolicy;
import id.kerjasama.command.cooperation.policy.StepAlreadyTakenPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.event.AssessmentFindingRecorded;
import id.kerjasama.cooperation.event.AssessmentStarted;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The TKKSD's assessment (kajian) of one submission: started, findings recorded, then concluded. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Assessment {

    private boolean started;
    private int findings;

    Verdict startable() {
        return StepAlreadyTakenPolicy.notYetTaken(started, "the assessment has already started");
    }

    Verdict started() {
        return StageOrderPolicy.follows(started, "the TKKSD has not started the assessment");
    }

    Verdict concludable() {
        return started().and(FindingsBeforeConclusionPolicy.check(findings));
    }

    @EventSourcingHandler
    void on(AssessmentStarted started) {
        this.started = true;
    }

    @EventSourcingHandler
    void on(AssessmentFindingRecorded finding) {
        findings++;
    }
}
