package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The term of the cooperation's KB or NK ends on {@code lastDay}: time to extend, or to prepare its end. */
@Revision("1")
public record ExpiryApproaching(CooperationId cooperationId,
                                DocumentId documentId,
                                LocalDate lastDay) implements CooperationEvent {
}
