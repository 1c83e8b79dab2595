package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** A successor cooperation was opened to continue this one. */
@Revision("1")
public record ExtensionProposed(CooperationId cooperationId,
                                CooperationId successorId,
                                String rationale) implements CooperationEvent {
}
