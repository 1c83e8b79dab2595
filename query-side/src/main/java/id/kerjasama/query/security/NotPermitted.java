package id.kerjasama.query.security;

/** The caller's role may not do this (403). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
