package id.kerjasama.contact;

import id.kerjasama.validation.Labelled;

/**
 * What a contact chooses to be reminded of: the steps of the procedure waiting on their role (a draft awaiting the
 * TKKSD, a document awaiting signature, ...) and the flags the deadlines raise (dormancy, overdue evaluations, the
 * DPRD's silence, ...). A contact who chooses nothing receives both, for what their role answers.
 */
public enum ReminderKind implements Labelled {
    WAITING_STEPS, FLAGS
}
