package id.kerjasama.query.notification;

/** A retry asked for a message that does not exist, is not the caller's region's, or was not given up. */
public class MessageNotGivenUp extends RuntimeException {

    public MessageNotGivenUp(long id) {
        super("no message " + id + " given up in the caller's scope");
    }
}
