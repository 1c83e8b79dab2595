package id.kerjasama.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

/** Identifies one webhook of a region's directory, chosen by the client (a UUID) so that a retry is harmless. */
public record WebhookId(@JsonValue String value) {

    public WebhookId {
        value = Require.uuid(value, "webhookId");
    }

    @JsonCreator
    public static WebhookId of(String value) {
        return new WebhookId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
