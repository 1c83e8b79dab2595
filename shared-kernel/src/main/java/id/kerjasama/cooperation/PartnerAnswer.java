package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The partner's answer to the regional head's offer letter. */
public enum PartnerAnswer implements Labelled {
    ACCEPTED, DECLINED
}
