package id.kerjasama.query.workqueue;

import id.kerjasama.cooperation.command.AppointLiaisonOfficer;
import id.kerjasama.cooperation.command.ApproveDraft;
import id.kerjasama.cooperation.command.AttachPreparationDocument;
import id.kerjasama.cooperation.command.ConcludeAssessment;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.cooperation.command.DetermineDprdApprovalRequirement;
import id.kerjasama.cooperation.command.DraftAgreement;
import id.kerjasama.cooperation.command.RecordDprdDecision;
import id.kerjasama.cooperation.command.RecordPartnerAnswer;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import id.kerjasama.cooperation.command.RejectDraft;
import id.kerjasama.cooperation.command.RequestDprdApproval;
import id.kerjasama.cooperation.command.ReviseDraft;
import id.kerjasama.cooperation.command.SendOffer;
import id.kerjasama.cooperation.command.SignAgreement;
import id.kerjasama.cooperation.command.StartAssessment;
import id.kerjasama.cooperation.command.StartImplementation;
import id.kerjasama.cooperation.command.SubmitForAssessment;

import java.util.List;

/**
 * What waits for whom in the procedure, as the frontend's work queues show it, with its Indonesian and English name
 * and the commands that take the step, in the order of the procedure (Permendagri 22/2020). Every stage but
 * implementation and the end has a step waiting; {@link WorkItems} says when each one waits.
 */
public enum WorkQueue {
    /** Initiated and not yet submitted: the unit completes its preparation (KAK, feasibility study, liaison officer). */
    PREPARATION_TO_SUBMIT("persiapan belum diajukan ke TKKSD", "preparation not yet submitted to the TKKSD",
            SubmitForAssessment.class, AttachPreparationDocument.class, AppointLiaisonOfficer.class),
    /** The TKKSD concluded that the preparation needs revising: the unit revises it and submits it again. */
    AWAITING_RESUBMISSION("menunggu perbaikan dan pengajuan ulang hasil kajian",
            "awaiting the revision and resubmission the assessment asked for", SubmitForAssessment.class,
            AttachPreparationDocument.class),
    /** Submitted, waiting for the TKKSD to start its assessment. */
    AWAITING_ASSESSMENT("menunggu pengkajian TKKSD", "awaiting the TKKSD's assessment", StartAssessment.class),
    /** The TKKSD is assessing. */
    IN_ASSESSMENT("dalam pengkajian TKKSD", "in assessment by the TKKSD", ConcludeAssessment.class),
    /** Assessed feasible: the regional head's offer letter is due. */
    AWAITING_OFFER("menunggu surat penawaran kepala daerah", "awaiting the regional head's offer letter",
            SendOffer.class),
    /** The regional head's offer waits for the partner's answer. */
    AWAITING_PARTNER_ANSWER("menunggu jawaban mitra atas penawaran", "awaiting the partner's answer to the offer",
            RecordPartnerAnswer.class),
    /** The partner accepted (or, for a SYNERGY, the assessment found it feasible): the KB or NK is to be drafted. */
    AWAITING_FRAMEWORK_DRAFT("menunggu rancangan KB atau NK", "awaiting the draft of the KB or NK",
            DraftAgreement.class),
    /** A draft (or revised draft) waits for the TKKSD to approve or reject it. */
    DRAFT_AWAITING_APPROVAL("rancangan menunggu persetujuan TKKSD", "draft awaiting the TKKSD's approval",
            ApproveDraft.class, RejectDraft.class),
    /** The TKKSD rejected a draft: it waits for its revision. */
    DRAFT_TO_REVISE("rancangan ditolak TKKSD, menunggu perbaikan", "draft rejected by the TKKSD, awaiting its revision",
            ReviseDraft.class),
    /** An approved document waits for its signatures. */
    AWAITING_SIGNATURE("menunggu penandatanganan", "awaiting signature", SignAgreement.class),
    /** A signed KB waits for the decision whether the DPRD must approve. */
    AWAITING_DPRD_DETERMINATION("menunggu penetapan perlu tidaknya persetujuan DPRD",
            "awaiting the decision whether the DPRD must approve", DetermineDprdApprovalRequirement.class),
    /** The DPRD's approval was found required and has not been asked for. */
    AWAITING_DPRD_REQUEST("menunggu permohonan persetujuan DPRD", "awaiting the request for the DPRD's approval",
            RequestDprdApproval.class),
    /** The DPRD has been asked and has not answered. */
    AWAITING_DPRD("menunggu keputusan DPRD", "awaiting the DPRD's decision", RecordDprdDecision.class),
    /** The signed KB or NK has no PKS or Rencana Kerja drafted under it yet (its dormancy is counted from then). */
    AWAITING_IMPLEMENTING_DRAFT("menunggu rancangan PKS atau Rencana Kerja", "awaiting the draft of a PKS or Rencana Kerja",
            DraftAgreement.class),
    /** What implementation carries out is signed (a PKS, or the NK and a Rencana Kerja): implementation can start. */
    AWAITING_IMPLEMENTATION_START("menunggu dimulainya pelaksanaan", "awaiting the start of implementation",
            StartImplementation.class),
    /**
     * A signed document not yet registered and archived (penatausahaan); this goes on after the cooperation ended, as
     * the command side accepts it then.
     */
    AWAITING_REGISTRATION("dokumen ditandatangani menunggu pencatatan dan pengarsipan",
            "signed document awaiting registration and archiving", RegisterSignedDocument.class);

    private final String term;
    private final String label;
    private final List<Class<? extends CooperationCommand>> commands;

    @SafeVarargs
    WorkQueue(String term, String label, Class<? extends CooperationCommand>... commands) {
        this.term = term;
        this.label = label;
        this.commands = List.of(commands);
    }

    public String term() {
        return term;
    }

    public String label() {
        return label;
    }

    /** The commands that take the step waiting. */
    public List<Class<? extends CooperationCommand>> commands() {
        return commands;
    }
}
