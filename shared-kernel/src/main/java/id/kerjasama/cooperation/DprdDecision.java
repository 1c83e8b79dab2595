package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** What the regional parliament (DPRD) decided on a requested approval. */
public enum DprdDecision implements Labelled {
    APPROVED, REJECTED
}
