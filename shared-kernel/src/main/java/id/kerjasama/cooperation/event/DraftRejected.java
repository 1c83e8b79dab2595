package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import org.axonframework.serialization.Revision;

/** The TKKSD sent a draft back. */
@Revision("1")
public record DraftRejected(CooperationId cooperationId,
                            DocumentId documentId,
                            String reason) implements CooperationEvent {
}
