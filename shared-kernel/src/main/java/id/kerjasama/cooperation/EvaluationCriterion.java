package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The ten items of a final evaluation, each graded 1 to 5. */
public enum EvaluationCriterion implements Labelled {
    FIT_WITH_OBJECTIVES, TIMELINESS, PARTNER_CONTRIBUTION, COORDINATION, INDICATOR_ACHIEVEMENT, IMPACT, BENEFIT_INNOVATION, DOCUMENT_COMPLETENESS, REGULAR_REPORTING, RELEVANCE_TO_NEEDS
}
