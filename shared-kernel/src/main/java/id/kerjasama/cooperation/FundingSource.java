package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** Where the money of a cooperation comes from. */
public enum FundingSource implements Labelled {
    APBD, PARTNER, OTHER
}
