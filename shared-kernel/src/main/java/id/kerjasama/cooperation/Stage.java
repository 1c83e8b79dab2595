package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/**
 * The stages of Permendagri 22/2020 in their order. KSDD and KSDPK run PREPARATION, ASSESSMENT, OFFER,
 * JOINT_AGREEMENT, DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, IMPLEMENTATION; a SYNERGY runs PREPARATION,
 * ASSESSMENT, MEMORANDUM, IMPLEMENTATION. Administration and monitoring happen alongside implementation.
 * {@link StageTransitions} says which event moves a cooperation from one to the next.
 */
public enum Stage implements Labelled {
    PREPARATION,
    ASSESSMENT,
    OFFER,
    JOINT_AGREEMENT,
    DPRD_APPROVAL,
    IMPLEMENTING_AGREEMENT,
    MEMORANDUM,
    IMPLEMENTATION,
    ENDED
}
