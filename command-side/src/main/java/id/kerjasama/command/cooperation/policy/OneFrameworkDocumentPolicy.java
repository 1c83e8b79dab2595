package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.ONE_FRAMEWORK_DOCUMENT;

/** A cooperation has one KB or one NK; changes to it are adenda. */
@Decides(ONE_FRAMEWORK_DOCUMENT)
public final class OneFrameworkDocumentPolicy {

    private OneFrameworkDocumentPolicy() {
    }

    public static Verdict check(boolean frameworkExists, DocumentKind kind) {
        return Verdict.when(frameworkExists, ONE_FRAMEWORK_DOCUMENT, "this cooperation already has its " + kind);
    }
}
