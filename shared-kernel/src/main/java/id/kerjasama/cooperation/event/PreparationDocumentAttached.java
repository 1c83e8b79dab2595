package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.PreparationDocumentKind;
import org.axonframework.serialization.Revision;

/** A preparation document (KAK, feasibility study, partner's offer) was added. */
@Revision("1")
public record PreparationDocumentAttached(CooperationId cooperationId,
                                          PreparationDocumentKind kind,
                                          DocumentReference file) implements CooperationEvent {
}
