package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import org.axonframework.serialization.Revision;

/** A document was drafted; a PKS names its KB, a Rencana Kerja its NK, an adendum the document it amends. */
@Revision("1")
public record AgreementDrafted(CooperationId cooperationId,
                               DocumentId documentId,
                               DocumentKind kind,
                               DocumentId parentDocumentId,
                               AgreementContent content,
                               String changes) implements CooperationEvent {
}
