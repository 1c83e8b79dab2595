package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.DRAFT_REVISED_AFTER_REJECTION;

/** A rejected draft is revised before it is approved: approval never undoes a rejection by itself. */
@Decides(DRAFT_REVISED_AFTER_REJECTION)
public final class DraftRevisedAfterRejectionPolicy {

    private DraftRevisedAfterRejectionPolicy() {
    }

    public static Verdict check(boolean rejected, DocumentKind kind, DocumentId id) {
        return Verdict.when(rejected, DRAFT_REVISED_AFTER_REJECTION,
                kind + " " + id + " was rejected and has not been revised since");
    }
}
