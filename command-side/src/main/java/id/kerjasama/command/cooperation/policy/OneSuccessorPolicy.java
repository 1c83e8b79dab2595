package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.CooperationId;

import static id.kerjasama.command.cooperation.Rule.ONE_SUCCESSOR;

/** A cooperation that was implemented is extended once, by another cooperation. */
@Decides(ONE_SUCCESSOR)
public final class OneSuccessorPolicy {

    private OneSuccessorPolicy() {
    }

    /**
     * @param successorId the cooperation that already extends this one, or null
     * @param proposed    the id proposed for the successor
     */
    public static Verdict check(CooperationId cooperationId, CooperationId successorId, boolean implemented,
                                CooperationId proposed) {
        return Verdict.when(successorId != null, ONE_SUCCESSOR, "already extended by cooperation " + successorId)
                .and(Verdict.when(!implemented, ONE_SUCCESSOR, "this cooperation was never implemented"))
                .and(Verdict.when(proposed.equals(cooperationId), ONE_SUCCESSOR, "a cooperation cannot extend itself"));
    }
}
