package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.TerminationReason;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The cooperation, and every PKS under it, ended before its term. */
@Revision("1")
public record CooperationTerminated(CooperationId cooperationId,
                                    TerminationReason reason,
                                    LocalDate effectiveOn,
                                    String explanation) implements CooperationEvent {
}
