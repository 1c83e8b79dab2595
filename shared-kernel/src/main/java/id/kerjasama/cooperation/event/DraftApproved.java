package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import org.axonframework.serialization.Revision;

/** The TKKSD approved a draft for signing. */
@Revision("1")
public record DraftApproved(CooperationId cooperationId,
                            DocumentId documentId) implements CooperationEvent {
}
