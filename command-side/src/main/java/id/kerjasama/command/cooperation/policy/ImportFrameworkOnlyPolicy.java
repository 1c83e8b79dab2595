package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.IMPORT_FRAMEWORK_ONLY;

/** An import brings in what a cooperation rests on, a signed KB or NK; what follows it is recorded as it happens. */
@Decides(IMPORT_FRAMEWORK_ONLY)
public final class ImportFrameworkOnlyPolicy {

    private ImportFrameworkOnlyPolicy() {
    }

    public static Verdict check(DocumentKind kind) {
        return Verdict.when(kind != DocumentKind.KB && kind != DocumentKind.NK, IMPORT_FRAMEWORK_ONLY,
                "an import brings in a signed KB or NK, not a " + kind);
    }
}
