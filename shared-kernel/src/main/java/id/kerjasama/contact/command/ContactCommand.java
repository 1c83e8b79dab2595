package id.kerjasama.contact.command;

import id.kerjasama.region.RegionCode;

/** A command on the contact directory of one region, which only that region's staff may send. */
public sealed interface ContactCommand permits RecordContact, RemoveContact {

    RegionCode region();
}
