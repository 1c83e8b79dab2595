package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.Person;
import org.axonframework.serialization.Revision;

/** The initiating unit named its liaison officer. */
@Revision("1")
public record LiaisonOfficerAppointed(CooperationId cooperationId,
                                      Person officer) implements CooperationEvent {
}
