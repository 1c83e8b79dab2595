package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.Term;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.TERM_MAXIMUM;
import static id.kerjasama.command.cooperation.Rule.TERM_WITHIN_FRAMEWORK;
import static org.assertj.core.api.Assertions.assertThat;

class TermPolicyTest {

    /** The Lamandau KB: 1 July 2025 to 30 June 2030, exactly five years. */
    private static final Term KB = LAMANDAU_CBI.frameworkTerm;

    @Test
    void a_term_of_exactly_five_years_is_allowed() {
        assertThat(TermPolicy.withinMaximum(KB, 5).isAllowed()).isTrue();
    }

    @Test
    void a_term_one_day_longer_than_five_years_is_refused() {
        assertThat(brokenRule(TermPolicy.withinMaximum(term(KB.start(), KB.end().plusDays(1)), 5))).contains(TERM_MAXIMUM);
    }

    @Test
    void a_recorded_legal_exception_allows_a_longer_term() {
        Term twentyYears = new Term(KB.start(), KB.start().plusYears(20), "Perpres 38/2015 tentang KPBU");
        assertThat(TermPolicy.withinMaximum(twentyYears, 5).isAllowed()).isTrue();
    }

    @Test
    void the_maximum_is_configurable() {
        assertThat(brokenRule(TermPolicy.withinMaximum(KB, 3))).contains(TERM_MAXIMUM);
    }

    @Test
    void a_pks_lies_within_its_kb() {
        assertThat(TermPolicy.withinFramework(LAMANDAU_CBI.implementingTerm, KB).isAllowed()).isTrue();
        assertThat(TermPolicy.withinFramework(KB, KB).isAllowed()).isTrue();
    }

    @Test
    void a_pks_outside_its_kb_is_refused() {
        Term startsBeforeKb = term(KB.start().minusDays(1), LocalDate.of(2026, 6, 30));
        assertThat(brokenRule(TermPolicy.withinFramework(startsBeforeKb, KB))).contains(TERM_WITHIN_FRAMEWORK);
    }

    @Test
    void a_framework_document_has_no_framework_to_lie_within() {
        assertThat(TermPolicy.withinFramework(KB, null).isAllowed()).isTrue();
    }

    @Test
    void the_maximum_is_checked_before_the_framework() {
        Term tooLongAndOutside = term(KB.start().minusYears(1), KB.end());
        assertThat(brokenRule(TermPolicy.check(tooLongAndOutside, KB, 5))).contains(TERM_MAXIMUM);
    }
}
