package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/**
 * How a dormancy flag is answered. Reviving comes with an action plan; amending and terminating record the decision,
 * and the adendum or the termination then follows as its own step (amend-agreement, terminate-cooperation).
 */
public enum DormancyAnswer implements Labelled {
    REVIVE, AMEND, TERMINATE
}
