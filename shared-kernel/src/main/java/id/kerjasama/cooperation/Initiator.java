package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** Who started a cooperation: a regional unit (OPD) or a third party's offer (Permendagri 22/2020). */
public enum Initiator implements Labelled {
    REGIONAL_UNIT, PARTNER_OFFER
}
