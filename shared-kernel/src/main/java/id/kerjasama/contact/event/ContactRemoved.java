package id.kerjasama.contact.event;

import id.kerjasama.contact.ContactId;
import id.kerjasama.region.RegionCode;
import org.axonframework.serialization.Revision;

/** A person was removed from a region's contact directory. */
@Revision("1")
public record ContactRemoved(RegionCode region, ContactId contactId) implements DirectoryEvent {
}
