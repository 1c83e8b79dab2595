package id.kerjasama.contact.event;

import id.kerjasama.contact.WebhookId;
import id.kerjasama.region.RegionCode;
import org.axonframework.serialization.Revision;

/** A webhook was removed from a region's directory. */
@Revision("1")
public record WebhookRemoved(RegionCode region, WebhookId webhookId) implements DirectoryEvent {
}
