package id.kerjasama.actor;

import id.kerjasama.validation.Labelled;

/**
 * The roles of the regulation's procedure, plus the operator who maintains the system and the system itself, which records the
 * flags its deadlines raise (dormancy, overdue evaluations, the DPRD's silence, expiry). No request may claim
 * {@link #SYSTEM}.
 */
public enum ActorRole implements Labelled {
    REGIONAL_HEAD, TKKSD_MEMBER, SECRETARIAT, UNIT_OFFICER, INSPECTOR, OPERATOR, SYSTEM
}
