package id.kerjasama.actor;

import id.kerjasama.contact.command.RecordContact;
import id.kerjasama.contact.command.RemoveContact;
import id.kerjasama.contact.command.RegisterWebhook;
import id.kerjasama.contact.command.RemoveWebhook;
import id.kerjasama.cooperation.command.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static id.kerjasama.actor.ActorRole.*;

/**
 * Who may send which command, in one table (docs/ACCESS.md shows it). A command missing here is refused for everyone,
 * and a test fails the build for every command of the published language that has no line. It is part of the
 * published language because both sides need it: the command side enforces it, the query side's inbox names from it
 * who must answer what.
 */
public final class CommandPermissions {

    private static final Map<Class<?>, Set<ActorRole>> ALLOWED = new LinkedHashMap<>();

    static {
        // preparation, by the initiating unit (or the secretariat registering a partner's offer)
        allow(InitiateCooperation.class, UNIT_OFFICER, SECRETARIAT);
        allow(AppointLiaisonOfficer.class, UNIT_OFFICER, SECRETARIAT);
        allow(AttachPreparationDocument.class, UNIT_OFFICER, SECRETARIAT);
        allow(SubmitForAssessment.class, UNIT_OFFICER, SECRETARIAT);
        allow(WithdrawCooperation.class, UNIT_OFFICER, SECRETARIAT);
        // assessment and approval of drafts, by the TKKSD
        allow(StartAssessment.class, TKKSD_MEMBER);
        allow(RecordAssessmentFinding.class, TKKSD_MEMBER);
        allow(ConcludeAssessment.class, TKKSD_MEMBER);
        allow(ApproveDraft.class, TKKSD_MEMBER);
        allow(RejectDraft.class, TKKSD_MEMBER);
        // offers, drafts, the DPRD, signing and archives, by the secretariat (the head's acts it records too)
        allow(SendOffer.class, SECRETARIAT, REGIONAL_HEAD);
        allow(RecordPartnerAnswer.class, SECRETARIAT);
        allow(DraftAgreement.class, SECRETARIAT, UNIT_OFFICER);
        allow(ReviseDraft.class, SECRETARIAT, UNIT_OFFICER);
        allow(AmendAgreement.class, SECRETARIAT, UNIT_OFFICER);
        allow(DetermineDprdApprovalRequirement.class, SECRETARIAT);
        allow(RequestDprdApproval.class, SECRETARIAT, REGIONAL_HEAD);
        allow(RecordDprdDecision.class, SECRETARIAT);
        allow(GrantPowerOfAttorney.class, REGIONAL_HEAD, SECRETARIAT);
        allow(RevokePowerOfAttorney.class, REGIONAL_HEAD, SECRETARIAT);
        allow(SignAgreement.class, SECRETARIAT, REGIONAL_HEAD);
        allow(RegisterSignedDocument.class, SECRETARIAT);
        allow(ImportSignedAgreement.class, SECRETARIAT);
        // the file of a recorded document, by whoever may record that document (RecordedDocument.recordedBy): the
        // cooperation checks the document's own command, this line is every role that records one
        allow(ArchiveDocumentFile.class, UNIT_OFFICER, SECRETARIAT, REGIONAL_HEAD, INSPECTOR);
        // implementation and monitoring, by the unit; evaluations by the unit, the TKKSD and the secretariat
        allow(StartImplementation.class, UNIT_OFFICER, SECRETARIAT);
        allow(RecordActivity.class, UNIT_OFFICER);
        allow(RecordBudgetRealisation.class, UNIT_OFFICER);
        allow(RecordImplementationReport.class, UNIT_OFFICER);
        allow(RecordEvaluation.class, UNIT_OFFICER, TKKSD_MEMBER, SECRETARIAT);
        // the end, decided by the head or recorded by the secretariat
        allow(ProposeExtension.class, SECRETARIAT, UNIT_OFFICER);
        allow(TerminateCooperation.class, REGIONAL_HEAD, SECRETARIAT);
        allow(ExpireCooperation.class, SECRETARIAT);
        // answers to the flags the system raises
        allow(AnswerDormancyFlag.class, SECRETARIAT, REGIONAL_HEAD, UNIT_OFFICER);
        allow(CompleteFollowUpAction.class, UNIT_OFFICER, SECRETARIAT);
        allow(JustifyContinuation.class, REGIONAL_HEAD, SECRETARIAT);
        // audit findings, the only commands inspectors send: they record and close them, the region reports its follow-up
        allow(RecordAuditFinding.class, INSPECTOR);
        allow(RecordFindingFollowUp.class, INSPECTOR, UNIT_OFFICER, SECRETARIAT);
        allow(CloseAuditFinding.class, INSPECTOR);
        // exemptions from the public register, decided by the information officer (PPID), as whom the secretariat acts
        // for cooperation documents (UU 14/2008 art. 19); the regional head appoints the PPID, not decides in its place
        allow(RecordPublicationExemption.class, SECRETARIAT);
        allow(LiftPublicationExemption.class, SECRETARIAT);
        // the directory the reminders go to (contacts and webhooks), kept by the secretariat, which knows who holds which post
        allow(RecordContact.class, SECRETARIAT);
        allow(RemoveContact.class, SECRETARIAT);
        allow(RegisterWebhook.class, SECRETARIAT);
        allow(RemoveWebhook.class, SECRETARIAT);
    }

    private CommandPermissions() {
    }

    private static void allow(Class<?> command, ActorRole first, ActorRole... more) {
        ALLOWED.put(command, EnumSet.of(first, more));
    }

    /** The roles that may send this command; none for a command without a line (or none at all). */
    public static Set<ActorRole> allowed(Class<?> command) {
        return command == null ? Set.of() : ALLOWED.getOrDefault(command, Set.of());
    }

    /** Every line, in the table's order (the procedure's, roughly), which a frontend listing commands keeps. */
    public static Map<Class<?>, Set<ActorRole>> table() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(ALLOWED));
    }
}
