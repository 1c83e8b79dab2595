package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.event.AssessmentFindingRecorded;
import id.kerjasama.cooperation.event.AssessmentStarted;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static id.kerjasama.command.cooperation.Rule.FINDINGS_BEFORE_CONCLUSION;
import static id.kerjasama.command.cooperation.Rule.STAGE_ORDER;
import static id.kerjasama.command.cooperation.Rule.STEP_ALREADY_TAKEN;

/** The TKKSD's assessment (kajian) of one submission: started, findings recorded, then concluded. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Assessment {

    private boolean started;
    private int findings;

    void requireNotStarted() {
        if (started) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "the assessment has already started");
        }
    }

    void requireStarted() {
        if (!started) {
            throw new CooperationRefused(STAGE_ORDER, "the TKKSD has not started the assessment");
        }
    }

    Verdict concludable() {
        requireStarted();
        return Verdict.when(findings == 0, FINDINGS_BEFORE_CONCLUSION, "no finding has been recorded");
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
