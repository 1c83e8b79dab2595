package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** The preparation was handed to the TKKSD. */
@Revision("1")
public record SubmittedForAssessment(CooperationId cooperationId) implements CooperationEvent {
}
