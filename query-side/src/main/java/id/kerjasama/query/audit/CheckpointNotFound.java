package id.kerjasama.query.audit;

/** No checkpoint with that number, or none at all yet. */
public class CheckpointNotFound extends RuntimeException {

    public CheckpointNotFound(String message) {
        super(message);
    }
}
