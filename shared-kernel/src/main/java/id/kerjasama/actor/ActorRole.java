package id.kerjasama.actor;

import id.kerjasama.validation.Labelled;

/** The roles of DOMAIN.md, plus the operator who maintains the system. */
public enum ActorRole implements Labelled {
    REGIONAL_HEAD, TKKSD_MEMBER, SECRETARIAT, UNIT_OFFICER, INSPECTOR, OPERATOR
}
