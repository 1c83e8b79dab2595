package id.kerjasama.query.workqueue;

import id.kerjasama.cooperation.command.ApproveDraft;
import id.kerjasama.cooperation.command.ConcludeAssessment;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.cooperation.command.DetermineDprdApprovalRequirement;
import id.kerjasama.cooperation.command.RecordDprdDecision;
import id.kerjasama.cooperation.command.RecordPartnerAnswer;
import id.kerjasama.cooperation.command.RejectDraft;
import id.kerjasama.cooperation.command.SignAgreement;
import id.kerjasama.cooperation.command.StartAssessment;

import java.util.List;

/**
 * What waits for whom in the procedure, as the frontend's work queues show it, with its Indonesian and English name
 * and the commands that take the step.
 */
public enum WorkQueue {
    /** Submitted, waiting for the TKKSD to start its assessment. */
    AWAITING_ASSESSMENT("menunggu pengkajian TKKSD", "awaiting the TKKSD's assessment", StartAssessment.class),
    /** The TKKSD is assessing. */
    IN_ASSESSMENT("dalam pengkajian TKKSD", "in assessment by the TKKSD", ConcludeAssessment.class),
    /** The regional head's offer waits for the partner's answer. */
    AWAITING_PARTNER_ANSWER("menunggu jawaban mitra atas penawaran", "awaiting the partner's answer to the offer",
            RecordPartnerAnswer.class),
    /** A draft (or revised draft) waits for the TKKSD to approve or reject it. */
    DRAFT_AWAITING_APPROVAL("rancangan menunggu persetujuan TKKSD", "draft awaiting the TKKSD's approval",
            ApproveDraft.class, RejectDraft.class),
    /** An approved document waits for its signatures. */
    AWAITING_SIGNATURE("menunggu penandatanganan", "awaiting signature", SignAgreement.class),
    /** A signed KB waits for the decision whether the DPRD must approve. */
    AWAITING_DPRD_DETERMINATION("menunggu penetapan perlu tidaknya persetujuan DPRD",
            "awaiting the decision whether the DPRD must approve", DetermineDprdApprovalRequirement.class),
    /** The DPRD has been asked and has not answered. */
    AWAITING_DPRD("menunggu keputusan DPRD", "awaiting the DPRD's decision", RecordDprdDecision.class);

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
