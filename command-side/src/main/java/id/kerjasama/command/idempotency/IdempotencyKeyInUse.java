package id.kerjasama.command.idempotency;

/** A request with the same {@code Idempotency-Key} is still running; its answer will be replayed once it is done. */
public class IdempotencyKeyInUse extends RuntimeException {

    public IdempotencyKeyInUse(String key) {
        super("A request with Idempotency-Key " + key + " is still being handled: retry shortly to get its answer");
    }
}
