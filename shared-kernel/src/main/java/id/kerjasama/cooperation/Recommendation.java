package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The recommendation that closes an evaluation. */
public enum Recommendation implements Labelled {
    CONTINUE, IMPROVE, EXPAND, STOP
}
