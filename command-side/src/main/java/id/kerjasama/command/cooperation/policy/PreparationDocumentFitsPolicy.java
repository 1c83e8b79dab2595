package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.PreparationDocumentKind;

import static id.kerjasama.command.cooperation.Rule.PREPARATION_DOCUMENT_FITS;

/** The partner's offer letter opens only a cooperation a partner initiated by its offer. */
@Decides(PREPARATION_DOCUMENT_FITS)
public final class PreparationDocumentFitsPolicy {

    private PreparationDocumentFitsPolicy() {
    }

    public static Verdict check(PreparationDocumentKind kind, Initiator initiator) {
        return Verdict.when(kind == PreparationDocumentKind.PARTNER_OFFER_LETTER && initiator != Initiator.PARTNER_OFFER,
                PREPARATION_DOCUMENT_FITS, "this cooperation was initiated by a regional unit, not by a partner's offer");
    }
}
