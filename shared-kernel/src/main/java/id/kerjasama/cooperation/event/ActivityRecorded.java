package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Something was done under the cooperation. */
@Revision("1")
public record ActivityRecorded(CooperationId cooperationId,
                               LocalDate date,
                               String description,
                               String unit) implements CooperationEvent {
}
