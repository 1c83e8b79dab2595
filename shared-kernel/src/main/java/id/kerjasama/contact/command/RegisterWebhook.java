package id.kerjasama.contact.command;

import id.kerjasama.contact.ReminderKind;
import id.kerjasama.contact.WebhookId;
import id.kerjasama.contact.WebhookUrl;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Registers a system (an e-office, a WhatsApp gateway) that receives the region's reminders as signed JSON posts, or
 * replaces what the directory holds of it: its name, its URL and what it wants (nothing chosen: steps and flags).
 * No secret travels in the command: each webhook's signing key is derived on the query side, which shows it to the
 * region's secretariat.
 */
public record RegisterWebhook(@TargetAggregateIdentifier RegionCode region, WebhookId webhookId, String name,
                              WebhookUrl url, Set<ReminderKind> receives) implements DirectoryCommand {

    public RegisterWebhook {
        Require.present(region, "region");
        Require.present(webhookId, "webhookId");
        name = Require.plainText(Require.text(name, "name"), "name");
        Require.present(url, "url");
        receives = receives == null ? Set.of() : Set.copyOf(receives);
    }
}
