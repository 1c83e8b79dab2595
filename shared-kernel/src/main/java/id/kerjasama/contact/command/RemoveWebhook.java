package id.kerjasama.contact.command;

import id.kerjasama.contact.WebhookId;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a webhook from a region's directory: nothing further is posted to it. */
public record RemoveWebhook(@TargetAggregateIdentifier RegionCode region, WebhookId webhookId) implements DirectoryCommand {

    public RemoveWebhook {
        Require.present(region, "region");
        Require.present(webhookId, "webhookId");
    }
}
