package id.kerjasama.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a webhook's reminders are posted: an absolute http or https URL with a host, without user and password (a
 * secret in the URL would be kept in the event store for good; the body is signed instead), at most
 * {@value #MAX_LENGTH} characters.
 */
public record WebhookUrl(@JsonValue String value) {

    public static final int MAX_LENGTH = 2000;

    public WebhookUrl {
        value = Require.text(value, "url");
        if (value != null) {
            Require.that(value.length() <= MAX_LENGTH, "url", "TOO_LONG", "url must be at most " + MAX_LENGTH + " characters");
            Require.that(usable(value), "url", "HTTP_URL",
                    "url must be an absolute http or https URL with a host and no user information");
        }
    }

    private static boolean usable(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @JsonCreator
    public static WebhookUrl of(String value) {
        return new WebhookUrl(value);
    }

    public URI uri() {
        return URI.create(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
