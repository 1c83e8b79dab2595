package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.REGISTER_SIGNED_ONLY;

/** Only a signed document is registered and archived. */
@Decides(REGISTER_SIGNED_ONLY)
public final class RegisterSignedOnlyPolicy {

    private RegisterSignedOnlyPolicy() {
    }

    public static Verdict check(boolean signed, DocumentKind kind, DocumentId id) {
        return Verdict.when(!signed, REGISTER_SIGNED_ONLY,
                "only a signed document is registered; " + kind + " " + id + " is not signed");
    }
}
