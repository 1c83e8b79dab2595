package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.Signatory;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The regional head empowered an official to sign PKS. */
@Revision("1")
public record PowerOfAttorneyGranted(CooperationId cooperationId,
                                     PowerOfAttorneyId powerOfAttorneyId,
                                     Person grantee,
                                     String granteeUnit,
                                     Signatory grantor,
                                     DocumentId coversDocumentId,
                                     LocalDate validFrom,
                                     LocalDate validUntil,
                                     DocumentReference letter) implements CooperationEvent {
}
