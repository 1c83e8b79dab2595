package id.kerjasama.query.audit;

import id.kerjasama.audit.Failure;

/** The stored history contradicts the last checkpoint, so signing a new one would vouch for a tampered history. */
public class CheckpointRefused extends RuntimeException {

    private final String cooperationId;
    private final transient Failure failure;

    CheckpointRefused(String cooperationId, Failure failure) {
        super((cooperationId == null ? "" : "Cooperation " + cooperationId + ": ") + failure.kind() + " " + failure.detail());
        this.cooperationId = cooperationId;
        this.failure = failure;
    }

    public String cooperationId() {
        return cooperationId;
    }

    public Failure failure() {
        return failure;
    }
}
