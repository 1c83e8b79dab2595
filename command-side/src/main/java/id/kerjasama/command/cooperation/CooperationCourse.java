package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.CommandStages;
import id.kerjasama.cooperation.command.CooperationCommand;

/**
 * What a child entity handling its own command asks of the cooperation around it: where the cooperation is in its
 * course. A handler gets it as a parameter ({@link CooperationCourseResolverFactory}).
 */
interface CooperationCourse {

    /**
     * Refused unless the cooperation is in a stage {@link CommandStages} accepts {@code command} in: under
     * {@code COOPERATION_ENDED} once it has ended (unless accepted after the end), else under {@code STAGE_ORDER}.
     */
    Verdict inStage(CooperationCommand command);
}
