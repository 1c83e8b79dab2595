package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.Term;

import static id.kerjasama.command.cooperation.Rule.TERM_MAXIMUM;
import static id.kerjasama.command.cooperation.Rule.TERM_WITHIN_FRAMEWORK;

/** Term limits: at most the configured years unless a legal exception is recorded; a PKS within its KB. */
@Decides({TERM_MAXIMUM, TERM_WITHIN_FRAMEWORK})
public final class TermPolicy {

    private TermPolicy() {
    }

    public static Verdict withinMaximum(Term term, int maxTermYears) {
        return Verdict.when(term.longerThanYears(maxTermYears) && term.legalException() == null, TERM_MAXIMUM,
                "the term " + term.start() + " to " + term.end() + " is longer than " + maxTermYears
                        + " years and records no legal exception");
    }

    /** {@code framework} is null for a document that has none (a KB or an NK). */
    public static Verdict withinFramework(Term term, Term framework) {
        return Verdict.when(framework != null && !framework.contains(term), TERM_WITHIN_FRAMEWORK,
                "the term " + term.start() + " to " + term.end() + " lies outside its framework's term "
                        + (framework == null ? "" : framework.start() + " to " + framework.end()));
    }

    public static Verdict check(Term term, Term framework, int maxTermYears) {
        return withinMaximum(term, maxTermYears).and(withinFramework(term, framework));
    }
}
