package id.kerjasama.query.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Signs what is posted to a webhook. Each webhook has its own key, derived from one master key
 * ({@code kerjasama.notifications.webhook-key}; left empty, a random one made once and kept in
 * {@code kerjasama.data-dir}): HMAC-SHA256(master, "webhook:" + webhookId) in hex. So no secret is ever in an
 * event, and changing the master key changes every webhook's key. The region's secretariat reads its webhooks' keys
 * from the API and gives them to the receiving system.
 * <p>
 * A post carries {@value #TIMESTAMP} (seconds since the epoch when it was sent) and {@value #SIGNATURE}:
 * {@code sha256=} and the hex HMAC-SHA256, under the webhook's key (its hex text as UTF-8 bytes), of the timestamp, a
 * dot and the body's bytes. A receiver recomputes it, compares in constant time, and refuses a timestamp too far from
 * its clock, which stops a captured post from being replayed later.
 */
@Component
public class WebhookSigning {

    public static final String TIMESTAMP = "X-Kerjasama-Timestamp";
    public static final String SIGNATURE = "X-Kerjasama-Signature";
    static final String DEV_KEY_FILE = "webhook-key";

    private final String key;
    private final Path developmentKeyFile;
    private byte[] master;

    WebhookSigning(@Value("${kerjasama.notifications.webhook-key:}") String key,
                   @Value("${kerjasama.data-dir:./data}") String dataDir) {
        this.key = key;
        this.developmentKeyFile = Path.of(dataDir, DEV_KEY_FILE);
    }

    /** The key of one webhook, as its receiver holds it. */
    public String keyOf(String webhookId) {
        return HexFormat.of().formatHex(hmac(master(), "webhook:" + webhookId));
    }

    /** Read or made when first needed, so that a system without webhooks makes no key file. */
    private synchronized byte[] master() {
        if (master == null) {
            master = key.isBlank() ? developmentKey(developmentKeyFile) : key.getBytes(StandardCharsets.UTF_8);
        }
        return master;
    }

    /** The value of {@value #SIGNATURE} for this body sent at {@code timestamp} to this webhook. */
    public String signature(String webhookId, long timestamp, String body) {
        byte[] key = keyOf(webhookId).getBytes(StandardCharsets.UTF_8);
        return "sha256=" + HexFormat.of().formatHex(hmac(key, timestamp + "." + body));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static byte[] developmentKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, HexFormat.of().formatHex(key));
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The webhook key in " + file + " cannot be read or made", e);
        }
    }
}
