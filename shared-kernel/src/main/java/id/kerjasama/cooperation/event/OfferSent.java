package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.Signatory;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The regional head's offer letter went to the partner. */
@Revision("1")
public record OfferSent(CooperationId cooperationId,
                        DocumentReference letter,
                        Signatory signedBy,
                        LocalDate sentOn) implements CooperationEvent {
}
