package id.kerjasama.command.cooperation.policy;

import static id.kerjasama.command.cooperation.Rule.ALREADY_SIGNED;

/** A cooperation with a signed document is bound: it is terminated, never withdrawn. */
@Decides(ALREADY_SIGNED)
public final class AlreadySignedPolicy {

    private AlreadySignedPolicy() {
    }

    public static Verdict withdrawable(boolean anyDocumentSigned) {
        return Verdict.when(anyDocumentSigned, ALREADY_SIGNED, "a signed cooperation is terminated, not withdrawn");
    }
}
