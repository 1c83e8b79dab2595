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
    /** Kept for the recipient's daily digest. */
    HELD,
    /** Sent in a daily digest (the message {@code digestId}). */
    IN_DIGEST,
    /** No mail server is configured: the message is kept here, listed by the API, and sent nowhere. */
    OUTBOX
}
