package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A power of attorney was withdrawn. */
@Revision("1")
public record PowerOfAttorneyRevoked(CooperationId cooperationId,
                                     PowerOfAttorneyId powerOfAttorneyId,
                                     LocalDate revokedOn,
                                     String reason) implements CooperationEvent {
}
