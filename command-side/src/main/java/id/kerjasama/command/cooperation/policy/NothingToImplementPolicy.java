package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.NOTHING_TO_IMPLEMENT;

/** Implementation starts once there is something to carry out: a signed PKS, or the signed NK and a Rencana Kerja. */
@Decides(NOTHING_TO_IMPLEMENT)
public final class NothingToImplementPolicy {

    private NothingToImplementPolicy() {
    }

    public static Verdict check(DocumentKind frameworkKind, boolean frameworkSigned, boolean pksSigned,
                                boolean rencanaKerjaSigned) {
        boolean nk = frameworkKind == DocumentKind.NK;
        boolean ready = nk ? frameworkSigned && rencanaKerjaSigned : pksSigned;
        return Verdict.when(!ready, NOTHING_TO_IMPLEMENT,
                nk ? "the NK and a Rencana Kerja must be signed" : "no PKS has been signed");
    }
}
