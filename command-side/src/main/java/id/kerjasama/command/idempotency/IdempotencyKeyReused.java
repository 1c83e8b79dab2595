package id.kerjasama.command.idempotency;

/** The caller sent an {@code Idempotency-Key} it had used for another request (another body or endpoint). */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was used for another request (another endpoint or body): "
                + "a retry must repeat its request exactly, a new request needs a new key");
    }
}
