package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** The TKKSD recorded a finding. */
@Revision("1")
public record AssessmentFindingRecorded(CooperationId cooperationId,
                                        String aspect,
                                        String finding) implements CooperationEvent {
}
