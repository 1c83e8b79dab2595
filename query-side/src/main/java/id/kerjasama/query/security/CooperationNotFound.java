package id.kerjasama.query.security;

/**
 * No cooperation with this id, or none yet at the moment asked for; and, word for word, the answer to a read of a
 * cooperation outside the caller's scope, so that its existence does not leak ({@link ReadGuard}).
 */
public class CooperationNotFound extends RuntimeException {

    public CooperationNotFound(String message) {
        super(message);
    }
}
