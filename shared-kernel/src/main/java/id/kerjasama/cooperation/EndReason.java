package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** Why a cooperation reached its end. */
public enum EndReason implements Labelled {
    REJECTED_IN_ASSESSMENT, OFFER_DECLINED, DPRD_REJECTED, WITHDRAWN, TERMINATED, EXPIRED
}
