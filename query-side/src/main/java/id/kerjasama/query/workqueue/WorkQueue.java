package id.kerjasama.query.workqueue;

/** What waits for whom in the procedure, as the frontend's work queues show it. */
public enum WorkQueue {
    /** Submitted, waiting for the TKKSD to start its assessment. */
    AWAITING_ASSESSMENT,
    /** The TKKSD is assessing. */
    IN_ASSESSMENT,
    /** The regional head's offer waits for the partner's answer. */
    AWAITING_PARTNER_ANSWER,
    /** A draft (or revised draft) waits for the TKKSD to approve or reject it. */
    DRAFT_AWAITING_APPROVAL,
    /** An approved document waits for its signatures. */
    AWAITING_SIGNATURE,
    /** A signed KB waits for the decision whether the DPRD must approve. */
    AWAITING_DPRD_DETERMINATION,
    /** The DPRD has been asked and has not answered. */
    AWAITING_DPRD
}
