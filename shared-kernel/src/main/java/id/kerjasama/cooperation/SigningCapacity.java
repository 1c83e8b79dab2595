package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** In what capacity a person signs: the authority rules depend on it. */
public enum SigningCapacity implements Labelled {
    REGIONAL_HEAD, ACTING_REGIONAL_HEAD, MANDATED_OFFICIAL, PARTNER_REPRESENTATIVE
}
