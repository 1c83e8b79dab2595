package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.event.EvaluationRecorded;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;

/**
 * One evaluation of the cooperation (monev): which kind, for which period, and who recorded it, so that a
 * review or a final evaluation is never by the same person as the self-report it judges.
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

    Evaluation() {
        // for snapshots
    }

    Evaluation(EvaluationRecorded recorded, String recordedBy) {
        this.evaluationId = recorded.evaluationId();
        this.kind = recorded.kind();
        this.periodStart = recorded.periodStart();
        this.periodEnd = recorded.periodEnd();
        this.recordedBy = recordedBy;
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
}
