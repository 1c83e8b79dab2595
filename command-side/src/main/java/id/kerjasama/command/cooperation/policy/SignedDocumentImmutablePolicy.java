package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.SIGNED_DOCUMENT_IMMUTABLE;

/** A signed document never changes: it is not revised, approved, rejected or signed again, but amended by adendum. */
@Decides(SIGNED_DOCUMENT_IMMUTABLE)
public final class SignedDocumentImmutablePolicy {

    private SignedDocumentImmutablePolicy() {
    }

    public static Verdict check(boolean signed, DocumentKind kind, DocumentId id) {
        return Verdict.when(signed, SIGNED_DOCUMENT_IMMUTABLE, kind + " " + id + " is signed; amend it by adendum");
    }
}
