package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.Rule;
import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.command.ApproveDraft;
import id.kerjasama.cooperation.command.CloseAuditFinding;
import id.kerjasama.cooperation.command.CompleteFollowUpAction;
import id.kerjasama.cooperation.command.JustifyContinuation;
import id.kerjasama.cooperation.command.LiftPublicationExemption;
import id.kerjasama.cooperation.command.RecordFindingFollowUp;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import id.kerjasama.cooperation.command.RejectDraft;
import id.kerjasama.cooperation.command.RevokePowerOfAttorney;

import static id.kerjasama.command.cooperation.Rule.UNKNOWN_AUDIT_FINDING;
import static id.kerjasama.command.cooperation.Rule.UNKNOWN_DOCUMENT;
import static id.kerjasama.command.cooperation.Rule.UNKNOWN_EVALUATION;
import static id.kerjasama.command.cooperation.Rule.UNKNOWN_EXEMPTION;
import static id.kerjasama.command.cooperation.Rule.UNKNOWN_FOLLOW_UP_ACTION;
import static id.kerjasama.command.cooperation.Rule.UNKNOWN_POWER_OF_ATTORNEY;

/**
 * A command names only what belongs to this cooperation: its documents, powers of attorney, evaluations (and
 * their follow-up actions, numbered from 1), audit findings and exemptions from the public register. One rule per kind of part, one shape for all.
 */
@Decides({UNKNOWN_DOCUMENT, UNKNOWN_POWER_OF_ATTORNEY, UNKNOWN_EVALUATION, UNKNOWN_FOLLOW_UP_ACTION,
        UNKNOWN_AUDIT_FINDING, UNKNOWN_EXEMPTION})
public final class UnknownMemberPolicy {

    private UnknownMemberPolicy() {
    }

    public static Verdict document(boolean known, DocumentId id) {
        return member(known, UNKNOWN_DOCUMENT, "document " + id);
    }

    public static Verdict powerOfAttorney(boolean known, PowerOfAttorneyId id) {
        return member(known, UNKNOWN_POWER_OF_ATTORNEY, "power of attorney " + id);
    }

    public static Verdict evaluation(boolean known, EvaluationId id) {
        return member(known, UNKNOWN_EVALUATION, "evaluation " + id);
    }

    public static Verdict auditFinding(boolean known, AuditFindingId id) {
        return member(known, UNKNOWN_AUDIT_FINDING, "audit finding " + id);
    }

    public static Verdict exemption(boolean known, ExemptionId id) {
        return member(known, UNKNOWN_EXEMPTION, "exemption " + id);
    }

    /** Follow-up actions count from 1 in the order the evaluation lists them. */
    public static Verdict followUpAction(EvaluationId evaluationId, int actions, int number) {
        return Verdict.when(number < 1 || number > actions, UNKNOWN_FOLLOW_UP_ACTION, "evaluation " + evaluationId
                + " has " + actions + " follow-up actions, not a number " + number);
    }

    /**
     * A command Axon routes to the child entity it names found no such child: what the cooperation said before a
     * look-up by that id ({@code course}: whether the cooperation still accepts it), then the refusal of that
     * look-up. Any other command is not this policy's to judge.
     */
    public static Verdict routedTo(Object command, Verdict course) {
        if (command instanceof ApproveDraft approve) {
            return course.and(document(false, approve.documentId()));
        }
        if (command instanceof RejectDraft reject) {
            return course.and(document(false, reject.documentId()));
        }
        if (command instanceof RevokePowerOfAttorney revoke) {
            return course.and(powerOfAttorney(false, revoke.powerOfAttorneyId()));
        }
        if (command instanceof CompleteFollowUpAction complete) {
            return course.and(evaluation(false, complete.evaluationId()));
        }
        if (command instanceof JustifyContinuation justify) {
            return course.and(evaluation(false, justify.evaluationId()));
        }
        if (command instanceof RegisterSignedDocument register) {
            return course.and(document(false, register.documentId()));
        }
        if (command instanceof RecordFindingFollowUp followUp) {
            return course.and(auditFinding(false, followUp.findingId()));
        }
        if (command instanceof CloseAuditFinding close) {
            return course.and(auditFinding(false, close.findingId()));
        }
        if (command instanceof LiftPublicationExemption lift) {
            return course.and(exemption(false, lift.exemptionId()));
        }
        return Verdict.allowed();
    }

    private static Verdict member(boolean known, Rule unknown, String what) {
        return Verdict.when(!known, unknown, what + " is not part of this cooperation");
    }
}
