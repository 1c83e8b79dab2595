package id.kerjasama.contact.event;

import id.kerjasama.contact.ContactId;
import id.kerjasama.region.RegionCode;

/** What happened to a region's contact directory. */
public sealed interface ContactEvent permits ContactRecorded, ContactRemoved {

    RegionCode region();

    ContactId contactId();
}
