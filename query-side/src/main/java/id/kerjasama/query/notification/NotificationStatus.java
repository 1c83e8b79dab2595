package id.kerjasama.query.notification;

/** Where a message stands. */
public enum NotificationStatus {
    /** Waiting for its first attempt. */
    PENDING,
    /** An attempt failed; the next one is due at {@code nextAttemptAt}. */
    RETRYING,
    /** The mail server took it. */
    SENT,
    /** Every attempt the configuration allows failed; an operator or the secretariat may ask for another round. */
    GAVE_UP,
    /** No mail server is configured: the message is kept here, listed by the API, and sent nowhere. */
    OUTBOX
}
