package id.kerjasama.query.inspection;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.event.ContinuationJustified;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import id.kerjasama.cooperation.event.DormancyFlagAnswered;
import id.kerjasama.cooperation.event.DprdDecisionRecorded;
import id.kerjasama.cooperation.event.DprdResponseOverdue;
import id.kerjasama.cooperation.event.EvaluationOverdue;
import id.kerjasama.cooperation.event.EvaluationRecorded;
import id.kerjasama.cooperation.event.ExpiryApproaching;
import id.kerjasama.cooperation.event.ExtensionProposed;
import id.kerjasama.cooperation.event.FollowUpActionCompleted;
import id.kerjasama.cooperation.event.FollowUpActionOverdue;
import id.kerjasama.cooperation.event.StopRecommendationUnanswered;
import id.kerjasama.query.inspection.InspectionFile.Flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which event raises which flag and which event answers it: the one rule the inspectors' files and the cooperation
 * detail both fold, so that an inspector and the staff who must answer a flag see the same flags. A flag opens with
 * the event that raised it and closes with its answer or, through {@link #closeAll}, with the end of the cooperation.
 */
public final class FlagRules {

    private FlagRules() {
    }

    /**
     * Raises or closes the flags {@code event} raises or answers.
     *
     * @param recordedOn the day the event was recorded in {@code kerjasama.time-zone}, the day an expiry reminder
     *                   counts from; {@code null} where the zone is not known, and the reminder then has no {@code since}
     * @return whether the event closed a flag that was open
     */
    public static boolean apply(List<Flag> flags, Object event, String actor, Instant at, long sequence,
                                LocalDate recordedOn) {
        if (event instanceof CooperationFlaggedDormant e) {
            raise(flags, FlagKind.DORMANT, e.reason().name(), e.reason().label() + " since " + e.countedFrom(), null,
                    e.lastDay().plusDays(1), at, sequence);
        } else if (event instanceof DormancyFlagAnswered e) {
            return close(flags, FlagKind.DORMANT + ":" + e.reason(), actor, at);
        } else if (event instanceof EvaluationOverdue e) {
            raise(flags, FlagKind.EVALUATION_OVERDUE, null, "evaluated through " + e.evaluatedThrough(), null,
                    e.lastDay().plusDays(1), at, sequence);
        } else if (event instanceof EvaluationRecorded) {
            return close(flags, FlagKind.EVALUATION_OVERDUE.name(), actor, at);
        } else if (event instanceof FollowUpActionOverdue e) {
            raise(flags, FlagKind.FOLLOW_UP_ACTION_OVERDUE, e.evaluationId().value() + "#" + e.actionNumber(),
                    e.action().description(), e.action().owner(), e.action().dueDate().plusDays(1), at, sequence);
        } else if (event instanceof FollowUpActionCompleted e) {
            return close(flags, FlagKind.FOLLOW_UP_ACTION_OVERDUE + ":" + e.evaluationId().value() + "#"
                    + e.actionNumber(), actor, at);
        } else if (event instanceof StopRecommendationUnanswered e) {
            raise(flags, FlagKind.STOP_RECOMMENDATION_UNANSWERED, e.evaluationId().value(),
                    "answer due " + e.answerDueOn(), null, e.answerDueOn().plusDays(1), at, sequence);
        } else if (event instanceof ContinuationJustified e) {
            return close(flags, FlagKind.STOP_RECOMMENDATION_UNANSWERED + ":" + e.evaluationId().value(), actor, at);
        } else if (event instanceof DprdResponseOverdue e) {
            raise(flags, FlagKind.DPRD_RESPONSE_OVERDUE, null,
                    "requested " + e.requestedOn() + ", answer due " + e.answerDueOn(), null,
                    e.answerDueOn().plusDays(1), at, sequence);
        } else if (event instanceof DprdDecisionRecorded) {
            return close(flags, FlagKind.DPRD_RESPONSE_OVERDUE.name(), actor, at);
        } else if (event instanceof ExpiryApproaching e) {
            // the reminder names only the term's last day: it is open from the day it was recorded
            raise(flags, FlagKind.EXPIRY_APPROACHING, null, "term ends " + e.lastDay(), null, recordedOn, at, sequence);
        } else if (event instanceof ExtensionProposed) {
            return close(flags, FlagKind.EXPIRY_APPROACHING.name(), actor, at);
        }
        return false;
    }

    /** The cooperation ended: every flag still open closes with it, closed by the system. */
    public static void closeAll(List<Flag> flags, Instant at) {
        flags.stream().filter(Flag::open).forEach(flag -> {
            flag.closedAt = at;
            flag.closedBy = AuditMetadata.SYSTEM_ACTOR;
        });
    }

    private static void raise(List<Flag> flags, FlagKind kind, String about, String text, String owner,
                              LocalDate since, Instant at, long sequence) {
        Flag flag = new Flag();
        flag.raisedSequence = sequence;
        flag.kind = kind;
        flag.key = about == null ? kind.name() : kind + ":" + about;
        flag.about = text;
        flag.owner = owner;
        flag.since = since;
        flag.answeredWith = kind.answeredWith();
        flag.raisedAt = at;
        flags.add(flag);
    }

    private static boolean close(List<Flag> flags, String key, String actor, Instant at) {
        boolean closed = false;
        for (Flag flag : flags) {
            if (flag.open() && flag.key.equals(key)) {
                flag.closedAt = at;
                flag.closedBy = actor;
                closed = true;
            }
        }
        return closed;
    }
}
