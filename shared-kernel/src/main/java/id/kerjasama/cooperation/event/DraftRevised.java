package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import org.axonframework.serialization.Revision;

/** A draft got new content; any earlier approval lapsed. */
@Revision("1")
public record DraftRevised(CooperationId cooperationId,
                           DocumentId documentId,
                           AgreementContent content,
                           String note) implements CooperationEvent {
}
