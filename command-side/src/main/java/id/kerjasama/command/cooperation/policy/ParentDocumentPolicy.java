package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.PARENT_DOCUMENT;

/** A PKS belongs to the cooperation's KB, a Rencana Kerja to its NK, which is signed first; a KB or NK has no parent. */
@Decides(PARENT_DOCUMENT)
public final class ParentDocumentPolicy {

    private ParentDocumentPolicy() {
    }

    /** A KB or NK names no parent document. */
    public static Verdict framework(DocumentKind kind, DocumentId parentDocumentId) {
        return Verdict.when(parentDocumentId != null, PARENT_DOCUMENT, kind + " has no parent document");
    }

    /** A PKS or Rencana Kerja names the cooperation's KB or NK as its parent. */
    public static Verdict implementing(DocumentKind kind, boolean namesFramework, DocumentKind frameworkKind) {
        return Verdict.when(!namesFramework, PARENT_DOCUMENT,
                kind + " must name this cooperation's " + frameworkKind + " as parentDocumentId");
    }

    /** A Rencana Kerja is signed once its NK is. */
    public static Verdict signedAfterParent(DocumentKind kind, boolean parentSigned) {
        return Verdict.when(kind == DocumentKind.RENCANA_KERJA && !parentSigned, PARENT_DOCUMENT,
                "the NK is signed before its Rencana Kerja");
    }
}
