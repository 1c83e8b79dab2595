package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** The cooperation was abandoned before anything was signed. */
@Revision("1")
public record CooperationWithdrawn(CooperationId cooperationId,
                                   String reason) implements CooperationEvent {
}
