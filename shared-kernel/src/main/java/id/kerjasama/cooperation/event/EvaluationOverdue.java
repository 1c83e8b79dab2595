package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * No evaluation covers the implementation after {@code evaluatedThrough}, and the next one was due by {@code
 * lastDay}.
 */
@Revision("1")
public record EvaluationOverdue(CooperationId cooperationId,
                                LocalDate evaluatedThrough,
                                LocalDate lastDay) implements CooperationEvent {
}
