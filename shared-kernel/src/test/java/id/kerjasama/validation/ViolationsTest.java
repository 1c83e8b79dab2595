package id.kerjasama.validation;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationCriterion;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.Funding;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.DraftAgreement;
import id.kerjasama.cooperation.command.InitiateCooperation;
import id.kerjasama.cooperation.command.RecordBudgetRealisation;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.command.SignAgreement;
import id.kerjasama.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ViolationsTest {

    @Test
    void collecting_hears_every_check_a_constructor_refuses_not_only_the_first() {
        Violations.Outcome<Partner> outcome = Violations.collect(() -> new Partner(null, " ", RegionCode.of("62.09"), "x".repeat(4001), null));
        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.value()).isNull();
        assertThat(outcome.violations()).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("kind", "REQUIRED"), tuple("name", "NOT_BLANK"), tuple("parentInstitution", "TOO_LONG"),
                tuple("region", "REGION_CODE_FOR_REGIONAL_PARTNER"));
    }

    @Test
    void a_value_that_passes_every_check_is_made_as_without_collecting() {
        Violations.Outcome<Term> outcome = Violations.collect(() -> new Term(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), " "));
        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.orElseThrow()).isEqualTo(new Term(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), null));
    }

    @Test
    void a_failure_that_follows_from_a_value_already_reported_is_dropped() {
        // the end-after-start check dereferences the missing start: its NullPointerException is the REQUIRED's consequence
        assertThat(Violations.collect(() -> new Term(null, LocalDate.of(2025, 1, 1), null)).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("start", "REQUIRED"));
    }

    @Test
    void a_missing_value_leaves_the_checks_after_it_to_run() {
        assertThat(Violations.construct(RecordBudgetRealisation.class, CooperationId.generate(), 1990, FundingSource.PARTNER,
                null, "Biaya layanan").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("amount", "REQUIRED"), tuple("fiscalYear", "PLAUSIBLE_YEAR"));
        assertThat(Violations.construct(RecordEvaluation.class, CooperationId.generate(), null, EvaluationKind.FINAL, null,
                LocalDate.of(2025, 12, 31), Map.of(EvaluationCriterion.TIMELINESS, 6), 0, Recommendation.CONTINUE, null,
                "Berjalan baik").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("periodStart", "REQUIRED"), tuple("grades.TIMELINESS", "GRADE_1_TO_5"),
                        tuple("overallRating", "GRADE_1_TO_5"));
    }

    @Test
    void a_refusal_a_constructor_throws_itself_is_added_unless_its_field_was_reported() {
        assertThat(Violations.collect(() -> RegionCode.of("99.99")).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("regionCode", "KNOWN_REGION_CODE"));
        assertThat(Violations.collect(() -> RegionCode.of(null)).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("regionCode", "REQUIRED"));
    }

    @Test
    void a_failure_with_nothing_reported_is_no_refusal_and_is_thrown() {
        assertThatThrownBy(() -> Violations.collect(() -> {
            throw new IllegalStateException("a bug, not a bad value");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void outside_a_collection_the_first_refusal_throws_as_always() {
        Violations.collect(() -> new Term(null, null, null));
        assertThatThrownBy(() -> new Term(null, LocalDate.of(2025, 1, 1), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("REQUIRED"));
        assertThatThrownBy(() -> Require.nonEmpty(List.of(), "scope"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("NOT_EMPTY"));
    }

    @Test
    void nested_collections_each_hear_their_own_checks() {
        Violations.Outcome<List<Violation>> outer = Violations.collect(() -> {
            Require.present(null, "outer");
            return Violations.collect(() -> Require.text(" ", "inner")).violations();
        });
        assertThat(outer.violations()).extracting(Violation::field).containsExactly("outer");
        assertThat(Violations.collect(() -> Violations.collect(() -> Require.text(" ", "inner")).violations()).value())
                .extracting(Violation::field).containsExactly("inner");
    }

    @Test
    void a_violation_is_placed_by_the_path_of_the_value_holding_it() {
        Violation name = new Violation("name", "NOT_BLANK", "name must not be blank");
        assertThat(name.within("signatories[1]").within("")).isEqualTo(
                new Violation("signatories[1].name", "NOT_BLANK", "signatories[1].name must not be blank"));
        assertThat(new Violation("end", "END_NOT_BEFORE_START", "the end comes after the start").within("term").message())
                .isEqualTo("the end comes after the start");
        assertThat(new Violation("", "PLAIN_TEXT", "m").within("partner.name").field()).isEqualTo("partner.name");
        assertThat(new Violation("[1]", "ONE_OF", "m").within("affairs").field()).isEqualTo("affairs[1]");
    }

    @Test
    void an_invalid_outcome_throws_every_violation_at_once() {
        assertThatThrownBy(() -> Violations.construct(Funding.class, null, false, "\u0000 ").orElseThrow())
                .isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("sources"));
        assertThatThrownBy(() -> Violations.construct(Signatory.class, null, null, null, null, null).orElseThrow())
                .isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("party", "name", "position", "capacity"));
    }

    @Test
    void checks_of_request_values_refuse_with_all_their_refusals_or_pass() {
        Violations.check(() -> Require.that(true, "page", "NOT_NEGATIVE", "page counts from 0"));
        assertThatThrownBy(() -> Violations.check(() -> {
            Require.that(false, "page", "NOT_NEGATIVE", "page counts from 0");
            Require.that(false, "size", "RANGE", "size must be from 1 to 200");
        })).isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("page", "size"));
    }

    @Test
    void the_required_fields_of_a_record_are_those_it_refuses_to_go_without() {
        assertThat(Violations.requiredFields(InitiateCooperation.class)).containsExactly("type", "title",
                "initiatingRegion", "initiatingUnit", "initiator", "partner", "affairs", "objective");
        assertThat(Violations.requiredFields(DraftAgreement.class)).containsExactly("cooperationId", "kind", "content");
        assertThat(Violations.requiredFields(SignAgreement.class)).containsExactly("cooperationId", "documentId",
                "documentNumber", "signatories", "signedOn", "signedAt", "signedFile");
    }

    @Test
    void the_required_fields_of_a_nested_record_are_asked_of_its_own_type() {
        assertThat(Violations.requiredFields(Partner.class)).containsExactly("kind", "name");
        assertThat(Violations.requiredFields(AgreementContent.class)).containsExactly("title", "scope", "term", "funding");
        assertThat(Violations.requiredFields(Term.class)).containsExactly("start", "end");
        assertThat(Violations.requiredFields(Funding.class)).containsExactly("sources");
        assertThat(Violations.requiredFields(Signatory.class)).containsExactly("party", "name", "position", "capacity");
    }
}
