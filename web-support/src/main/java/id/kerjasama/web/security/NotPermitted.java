package id.kerjasama.web.security;

/** The caller may not do this: its role may not, or it does not act for the region it names (403). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
