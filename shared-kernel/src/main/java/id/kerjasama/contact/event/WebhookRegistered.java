package id.kerjasama.contact.event;

import id.kerjasama.contact.ReminderKind;
import id.kerjasama.contact.WebhookId;
import id.kerjasama.contact.WebhookUrl;
import id.kerjasama.region.RegionCode;
import org.axonframework.serialization.Revision;

import java.util.Set;

/** A webhook was registered in a region's directory, or what it held of it was replaced. */
@Revision("1")
public record WebhookRegistered(RegionCode region, WebhookId webhookId, String name, WebhookUrl url,
                                Set<ReminderKind> receives) implements DirectoryEvent {
}
