package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.ExemptionGround;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.cooperation.PublicEntryField;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

/**
 * The PPID withheld a signed document ({@code documentId}) or these fields of the public entry from the public
 * register, on an art. 17 ground after the consequence test in words, by the decision letter with this number and
 * date, until and including {@code until}.
 */
@Revision("1")
public record PublicationExemptionRecorded(CooperationId cooperationId,
                                           ExemptionId exemptionId,
                                           DocumentId documentId,
                                           Set<PublicEntryField> fields,
                                           ExemptionGround ground,
                                           String consequenceTest,
                                           String decisionNumber,
                                           LocalDate decidedOn,
                                           LocalDate until) implements CooperationEvent {
}
