package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The TKKSD's conclusion on an assessment (kajian). */
public enum AssessmentConclusion implements Labelled {
    FEASIBLE, REVISE, REJECT
}
