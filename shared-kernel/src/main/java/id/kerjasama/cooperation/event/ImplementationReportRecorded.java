package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A periodic implementation report was filed. */
@Revision("1")
public record ImplementationReportRecorded(CooperationId cooperationId,
                                           LocalDate periodStart,
                                           LocalDate periodEnd,
                                           String summary,
                                           DocumentReference file) implements CooperationEvent {
}
