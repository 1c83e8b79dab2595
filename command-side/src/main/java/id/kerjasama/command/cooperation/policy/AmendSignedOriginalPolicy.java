package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.AMEND_SIGNED_ORIGINAL;

/** An adendum amends a signed KB, PKS, NK or Rencana Kerja, never another adendum, and only by amend-agreement. */
@Decides(AMEND_SIGNED_ORIGINAL)
public final class AmendSignedOriginalPolicy {

    private AmendSignedOriginalPolicy() {
    }

    /** A draft of its own is never an adendum: an adendum names what it amends. */
    public static Verdict drafted(DocumentKind kind) {
        return Verdict.when(kind == DocumentKind.ADENDUM, AMEND_SIGNED_ORIGINAL, "an adendum is drafted with amend-agreement");
    }

    public static Verdict amends(boolean signed, DocumentKind kind, DocumentId id) {
        return Verdict.when(!signed || kind == DocumentKind.ADENDUM, AMEND_SIGNED_ORIGINAL,
                kind + " " + id + " is not a signed original");
    }
}
