package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DormancyReason;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Nothing that was due by {@code lastDay}, counted from {@code countedFrom}, happened: the cooperation is flagged
 * dormant until someone answers the flag.
 */
@Revision("1")
public record CooperationFlaggedDormant(CooperationId cooperationId,
                                        DormancyReason reason,
                                        LocalDate countedFrom,
                                        LocalDate lastDay) implements CooperationEvent {
}
