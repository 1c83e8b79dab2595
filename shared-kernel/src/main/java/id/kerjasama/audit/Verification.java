package id.kerjasama.audit;

import java.util.List;

/**
 * The answer for one cooperation: whether its stored history is intact, how many events it has, which
 * checkpoint proves it and up to which sequence number (later events are chained but wait for the next
 * checkpoint), or the first failure. Events in the ranges of {@code adoptions} were adopted by an operator: the
 * chain vouches for them from their adoption on, not from their origin.
 */
public record Verification(String cooperationId, boolean intact, int events, Long checkpoint, Long provenThrough,
                           Failure failure, List<Adoption> adoptions) {

    public Verification {
        adoptions = adoptions == null ? List.of() : List.copyOf(adoptions);
    }

    static Verification intact(String cooperationId, int events, Long checkpoint, Long provenThrough,
                                List<Adoption> adoptions) {
        return new Verification(cooperationId, true, events, checkpoint, provenThrough, null, adoptions);
    }

    public static Verification failed(String cooperationId, int events, Long checkpoint, Failure failure) {
        return new Verification(cooperationId, false, events, checkpoint, null, failure, List.of());
    }
}
