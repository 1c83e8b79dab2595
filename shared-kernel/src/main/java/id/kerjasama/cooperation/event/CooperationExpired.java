package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The cooperation, and every PKS under it, ended with its term. */
@Revision("1")
public record CooperationExpired(CooperationId cooperationId,
                                 LocalDate termEndedOn) implements CooperationEvent {
}
