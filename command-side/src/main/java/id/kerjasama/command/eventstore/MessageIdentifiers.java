package id.kerjasama.command.eventstore;

import org.axonframework.common.IdentifierFactory;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The identifiers Axon gives every message (a command, its result, each event it applies, stored as the event's
 * unique {@code event_identifier}, a deadline): random version-4 UUIDs, as Axon's default makes them, but drawn from
 * sixteen independent DRBG generators instead of the one behind {@link UUID#randomUUID()}. That one serialises every
 * request thread behind a single lock and a read of {@code /dev/urandom}, several times per command; under load the
 * threads queued there longer than for the database. Each generator is seeded once by the system and then computes;
 * a thread takes any of them, so none is held for long. Found by Axon through {@code META-INF/services}.
 */
public class MessageIdentifiers extends IdentifierFactory {

    private static final int GENERATORS = 16;

    private final SecureRandom[] generators = new SecureRandom[GENERATORS];

    public MessageIdentifiers() {
        try {
            for (int i = 0; i < GENERATORS; i++) {
                generators[i] = SecureRandom.getInstance("DRBG");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 9+ runtime has the DRBG generator", e);
        }
    }

    @Override
    public String generateIdentifier() {
        byte[] random = new byte[16];
        generators[ThreadLocalRandom.current().nextInt(GENERATORS)].nextBytes(random);
        random[6] = (byte) ((random[6] & 0x0f) | 0x40); // version 4
        random[8] = (byte) ((random[8] & 0x3f) | 0x80); // the IETF variant
        ByteBuffer bits = ByteBuffer.wrap(random);
        return new UUID(bits.getLong(), bits.getLong()).toString();
    }
}
