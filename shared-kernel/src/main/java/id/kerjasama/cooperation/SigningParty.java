package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The side of a document a signatory signs for. */
public enum SigningParty implements Labelled {
    REGION, PARTNER
}
