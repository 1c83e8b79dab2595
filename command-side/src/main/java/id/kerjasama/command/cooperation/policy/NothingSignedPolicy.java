package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.NOTHING_SIGNED;

/** Only a cooperation whose KB or NK is signed is terminated, expired or extended; an unsigned one is withdrawn. */
@Decides(NOTHING_SIGNED)
public final class NothingSignedPolicy {

    private NothingSignedPolicy() {
    }

    public static Verdict frameworkSigned(boolean signed, DocumentKind frameworkKind) {
        return Verdict.when(!signed, NOTHING_SIGNED, "no " + frameworkKind + " has been signed");
    }
}
