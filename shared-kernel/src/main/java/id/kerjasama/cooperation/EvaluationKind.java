package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The three kinds of evaluation: self-report, TKKSD review, secretariat's final evaluation. */
public enum EvaluationKind implements Labelled {
    SELF_REPORT, TKKSD_REVIEW, FINAL
}
