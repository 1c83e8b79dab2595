package id.kerjasama.contact.event;

import id.kerjasama.region.RegionCode;

/** What happened to a region's directory: its contacts and the webhooks reminders are posted to. */
public sealed interface DirectoryEvent permits ContactRecorded, ContactRemoved, WebhookRegistered, WebhookRemoved {

    RegionCode region();
}
