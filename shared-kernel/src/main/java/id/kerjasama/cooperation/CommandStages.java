package id.kerjasama.cooperation;

import id.kerjasama.cooperation.command.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static id.kerjasama.cooperation.Stage.*;

/**
 * In which {@link Stage}s the cooperation may accept each command on it, in one table: the aggregate refuses a
 * command in any other stage, and the query side offers a command only in these. {@link Stage#ENDED} among a
 * command's stages means it is accepted after the cooperation has ended. Where the aggregate's check also depends on
 * the command's content, the cooperation's type or what was signed, the line is the union of the stages where it may
 * pass and says so; the aggregate checks the finer rule on top.
 */
public final class CommandStages {

    /** Beside the cooperation's course: any stage, and after the end. */
    private static final Set<Stage> ALONGSIDE = EnumSet.allOf(Stage.class);
    /** Once the KB or NK may be signed (an NK waits unsigned in MEMORANDUM): what a signed framework goes on to. */
    private static final Set<Stage> FRAMEWORK_SIGNED = EnumSet.of(DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, MEMORANDUM,
            IMPLEMENTATION);
    /** Once the KB or NK may be drafted: where a draft may be there. */
    private static final Set<Stage> DRAFTS = EnumSet.of(JOINT_AGREEMENT, DPRD_APPROVAL, IMPLEMENTING_AGREEMENT,
            MEMORANDUM, IMPLEMENTATION);
    /** What a signed framework goes on to, and after the end. */
    private static final Set<Stage> SIGNED_OR_ENDED = EnumSet.of(DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, MEMORANDUM,
            IMPLEMENTATION, ENDED);

    private static final Map<Class<? extends CooperationCommand>, Set<Stage>> STAGES = new LinkedHashMap<>();

    static {
        accept(AppointLiaisonOfficer.class, EnumSet.of(PREPARATION));
        accept(AttachPreparationDocument.class, EnumSet.of(PREPARATION));
        accept(SubmitForAssessment.class, EnumSet.of(PREPARATION));
        // nothing is signed yet (an NK waits unsigned in MEMORANDUM); the aggregate checks that nothing was signed
        accept(WithdrawCooperation.class, EnumSet.of(PREPARATION, ASSESSMENT, OFFER, JOINT_AGREEMENT, MEMORANDUM));
        accept(StartAssessment.class, EnumSet.of(ASSESSMENT));
        accept(RecordAssessmentFinding.class, EnumSet.of(ASSESSMENT));
        accept(ConcludeAssessment.class, EnumSet.of(ASSESSMENT));
        accept(SendOffer.class, EnumSet.of(OFFER));
        accept(RecordPartnerAnswer.class, EnumSet.of(OFFER));
        // by the kind drafted (the aggregate checks which): a KB in JOINT_AGREEMENT, an NK in MEMORANDUM, a PKS or
        // Rencana Kerja once the framework is signed
        accept(DraftAgreement.class, DRAFTS);
        // a draft is revised, approved, rejected and signed whenever there is one (the aggregate checks that)
        accept(ReviseDraft.class, DRAFTS);
        accept(ApproveDraft.class, DRAFTS);
        accept(RejectDraft.class, DRAFTS);
        accept(SignAgreement.class, DRAFTS);
        // an adendum amends what was signed (the aggregate checks that it was)
        accept(AmendAgreement.class, FRAMEWORK_SIGNED);
        // registration of what was signed is administration: it goes on after the end
        accept(RegisterSignedDocument.class, SIGNED_OR_ENDED);
        accept(DetermineDprdApprovalRequirement.class, EnumSet.of(DPRD_APPROVAL));
        accept(RequestDprdApproval.class, EnumSet.of(DPRD_APPROVAL));
        accept(RecordDprdDecision.class, EnumSet.of(DPRD_APPROVAL));
        accept(GrantPowerOfAttorney.class, FRAMEWORK_SIGNED);
        accept(RevokePowerOfAttorney.class, FRAMEWORK_SIGNED);
        // by the type: IMPLEMENTING_AGREEMENT after the DPRD, MEMORANDUM for a framework that needs none
        accept(StartImplementation.class, EnumSet.of(IMPLEMENTING_AGREEMENT, MEMORANDUM));
        accept(RecordActivity.class, EnumSet.of(IMPLEMENTATION));
        accept(RecordBudgetRealisation.class, EnumSet.of(IMPLEMENTATION));
        accept(RecordImplementationReport.class, EnumSet.of(IMPLEMENTATION));
        accept(RecordEvaluation.class, EnumSet.of(IMPLEMENTATION));
        // answers to the flags the system raises on a signed framework or its evaluations, while it runs; the
        // aggregate checks that the flag is open
        accept(AnswerDormancyFlag.class, FRAMEWORK_SIGNED);
        accept(CompleteFollowUpAction.class, EnumSet.of(IMPLEMENTATION));
        accept(JustifyContinuation.class, EnumSet.of(IMPLEMENTATION));
        // an implemented cooperation is extended, also after its end
        accept(ProposeExtension.class, EnumSet.of(IMPLEMENTATION, ENDED));
        // the signed framework is ended by hand; the aggregate checks that it was signed
        accept(TerminateCooperation.class, FRAMEWORK_SIGNED);
        accept(ExpireCooperation.class, FRAMEWORK_SIGNED);
        // audit and the archive of files go beside the course, in any stage and after the end
        accept(RecordAuditFinding.class, ALONGSIDE);
        accept(RecordFindingFollowUp.class, ALONGSIDE);
        accept(CloseAuditFinding.class, ALONGSIDE);
        accept(ArchiveDocumentFile.class, ALONGSIDE);
        // so do the public register's exemptions, once an agreement is signed (the aggregate checks that it is)
        accept(RecordPublicationExemption.class, SIGNED_OR_ENDED);
        accept(LiftPublicationExemption.class, SIGNED_OR_ENDED);
    }

    private CommandStages() {
    }

    private static void accept(Class<? extends CooperationCommand> command, Set<Stage> stages) {
        STAGES.put(command, Collections.unmodifiableSet(EnumSet.copyOf(stages)));
    }

    /** The stages in which {@code command} may be accepted; none for a command missing here. */
    public static Set<Stage> of(Class<? extends CooperationCommand> command) {
        return STAGES.getOrDefault(command, Set.of());
    }

    /** Whether {@code command} may be accepted by a cooperation in {@code stage} ({@link Stage#ENDED} once ended). */
    public static boolean accepts(Class<? extends CooperationCommand> command, Stage stage) {
        return of(command).contains(stage);
    }

    /** The whole table, in its order. */
    public static Map<Class<? extends CooperationCommand>, Set<Stage>> table() {
        return Collections.unmodifiableMap(STAGES);
    }
}
