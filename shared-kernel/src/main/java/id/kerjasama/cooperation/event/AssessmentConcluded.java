package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** The TKKSD concluded its assessment. */
@Revision("1")
public record AssessmentConcluded(CooperationId cooperationId,
                                  AssessmentConclusion conclusion,
                                  String rationale) implements CooperationEvent {
}
