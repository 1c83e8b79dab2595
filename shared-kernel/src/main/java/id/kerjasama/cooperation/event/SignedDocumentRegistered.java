package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import org.axonframework.serialization.Revision;

/** The secretariat registered and archived a signed document. */
@Revision("1")
public record SignedDocumentRegistered(CooperationId cooperationId,
                                       DocumentId documentId,
                                       String registrationNumber,
                                       String archiveLocation) implements CooperationEvent {
}
