package id.kerjasama.audit;

/**
 * The answer for one cooperation: whether its stored history is intact, how many events it has, which
 * checkpoint proves it and up to which sequence number (later events are chained but wait for the next
 * checkpoint), or the first failure.
 */
public record Verification(String cooperationId, boolean intact, int events, Long checkpoint, Long provenThrough,
                           Failure failure) {

    static Verification intact(String cooperationId, int events, Long checkpoint, Long provenThrough) {
        return new Verification(cooperationId, true, events, checkpoint, provenThrough, null);
    }

    public static Verification failed(String cooperationId, int events, Long checkpoint, Failure failure) {
        return new Verification(cooperationId, false, events, checkpoint, null, failure);
    }
}
