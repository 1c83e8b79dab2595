package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** The TKKSD took up the assessment. */
@Revision("1")
public record AssessmentStarted(CooperationId cooperationId) implements CooperationEvent {
}
