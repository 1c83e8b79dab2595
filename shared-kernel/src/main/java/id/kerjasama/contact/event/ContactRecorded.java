package id.kerjasama.contact.event;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.ContactId;
import id.kerjasama.contact.EmailAddress;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.PhoneNumber;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.region.RegionCode;
import org.axonframework.serialization.Revision;

import java.util.Set;

/** A person was recorded in a region's contact directory, or what it held of them was replaced. */
@Revision("1")
public record ContactRecorded(RegionCode region, ContactId contactId, String name, ActorRole role, String unit,
                              EmailAddress email, PhoneNumber phone, Language language, Set<ReminderKind> receives,
                              boolean dailyDigest) implements DirectoryEvent {
}
