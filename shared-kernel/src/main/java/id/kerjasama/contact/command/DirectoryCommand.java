package id.kerjasama.contact.command;

import id.kerjasama.region.RegionCode;

/** A command on the directory of one region (its contacts and webhooks), which only that region's staff may send. */
public sealed interface DirectoryCommand permits RecordContact, RemoveContact, RegisterWebhook, RemoveWebhook {

    RegionCode region();
}
