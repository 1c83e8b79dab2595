package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.region.RegionCode;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A KB or NK signed before the region adopted the system was imported, with its source; deviations lists the rules the signed agreement does not meet, for inspectors. */
@Revision("1")
public record SignedAgreementImported(CooperationId cooperationId,
                                      CooperationType type,
                                      String reportedLabel,
                                      RegionCode initiatingRegion,
                                      String initiatingUnit,
                                      Partner partner,
                                      Set<GovernmentAffair> affairs,
                                      DocumentId documentId,
                                      DocumentKind kind,
                                      String documentNumber,
                                      AgreementContent content,
                                      List<Signatory> signatories,
                                      LocalDate signedOn,
                                      String signedAt,
                                      DocumentReference signedFile,
                                      DocumentReference sourceDocument,
                                      String note,
                                      List<String> deviations) implements CooperationEvent {
}
