package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.PartnerAnswer;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The partner accepted or declined the offer. */
@Revision("1")
public record PartnerAnswerRecorded(CooperationId cooperationId,
                                    PartnerAnswer answer,
                                    LocalDate answeredOn,
                                    DocumentReference letter) implements CooperationEvent {
}
