package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.policy.Verdict;

/**
 * What a child entity handling its own command asks of the cooperation around it: where the cooperation is in its
 * course. A handler gets it as a parameter ({@link CooperationCourseResolverFactory}).
 */
interface CooperationCourse {

    /** Refused under {@code COOPERATION_ENDED} once the cooperation has ended. */
    Verdict notEnded();
}
