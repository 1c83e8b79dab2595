package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The instruments of a cooperation. An adendum changes a signed document; the original never changes. */
public enum DocumentKind implements Labelled {
    KB, PKS, NK, RENCANA_KERJA, ADENDUM
}
