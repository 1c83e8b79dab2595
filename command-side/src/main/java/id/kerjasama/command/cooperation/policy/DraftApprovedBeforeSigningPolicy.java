package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.DRAFT_APPROVED_BEFORE_SIGNING;

/** Only a draft the TKKSD approved is signed. */
@Decides(DRAFT_APPROVED_BEFORE_SIGNING)
public final class DraftApprovedBeforeSigningPolicy {

    private DraftApprovedBeforeSigningPolicy() {
    }

    public static Verdict check(boolean approved, DocumentKind kind, DocumentId id) {
        return Verdict.when(!approved, DRAFT_APPROVED_BEFORE_SIGNING, kind + " " + id + " is not approved by the TKKSD");
    }
}
