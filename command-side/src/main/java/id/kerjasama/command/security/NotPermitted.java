package id.kerjasama.command.security;

/** The caller's role may not send this command, or the caller does not act for the region it names (403). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
