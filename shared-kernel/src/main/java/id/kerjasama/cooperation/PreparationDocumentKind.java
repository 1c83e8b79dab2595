package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** Documents of the preparation stage (penjajakan). */
public enum PreparationDocumentKind implements Labelled {
    TERMS_OF_REFERENCE, FEASIBILITY_STUDY, PARTNER_OFFER_LETTER
}
