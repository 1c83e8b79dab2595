package id.kerjasama.cooperation.event;

import id.kerjasama.contact.EmailAddress;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.Person;
import org.axonframework.serialization.Revision;

/**
 * The initiating unit named its liaison officer, and where reminders reach them (null: no address given). Revision 1
 * had no address; {@link LiaisonOfficerAppointedUpcaster} reads it as one without.
 */
@Revision("2")
public record LiaisonOfficerAppointed(CooperationId cooperationId,
                                      Person officer, EmailAddress email) implements CooperationEvent {

    public LiaisonOfficerAppointed(CooperationId cooperationId, Person officer) {
        this(cooperationId, officer, null);
    }
}
