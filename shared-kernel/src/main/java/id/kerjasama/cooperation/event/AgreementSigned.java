package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.Signatory;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A document was signed; from now on it never changes. */
@Revision("1")
public record AgreementSigned(CooperationId cooperationId,
                              DocumentId documentId,
                              DocumentKind kind,
                              String documentNumber,
                              List<Signatory> signatories,
                              LocalDate signedOn,
                              String signedAt,
                              DocumentReference signedFile) implements CooperationEvent {
}
