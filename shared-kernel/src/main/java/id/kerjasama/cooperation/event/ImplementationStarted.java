package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The cooperation became active. */
@Revision("1")
public record ImplementationStarted(CooperationId cooperationId,
                                    LocalDate startedOn) implements CooperationEvent {
}
