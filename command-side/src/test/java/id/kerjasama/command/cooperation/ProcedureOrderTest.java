package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.PartnerAnswer;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.command.AmendAgreement;
import id.kerjasama.cooperation.command.ProposeExtension;
import id.kerjasama.cooperation.command.RecordActivity;
import id.kerjasama.cooperation.command.RecordDprdDecision;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.command.RecordPartnerAnswer;
import id.kerjasama.cooperation.command.StartImplementation;
import id.kerjasama.cooperation.event.AgreementDrafted;
import id.kerjasama.cooperation.event.DprdApprovalRequested;
import id.kerjasama.cooperation.event.DprdApprovalRequirementDetermined;
import id.kerjasama.cooperation.event.DraftApproved;
import id.kerjasama.cooperation.event.EvaluationRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/**
 * Rules about the order of the procedure that span several steps: business dates in order, separation of
 * duties in monitoring, adenda that keep what is signed under them, and who may be extended.
 */
class ProcedureOrderTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final LocalDate KB_SIGNED_ON = LAMANDAU.frameworkSignedOn;
    private static final LocalDate STARTED_ON = LAMANDAU.implementingSignedOn.plusDays(14);
    private static final DocumentId ADENDUM = DocumentId.of(uuid("lamandau-cbi/adendum-kb"));

    private final FixtureConfiguration<Cooperation> fixture = fixture();

    // ---- Business dates

    @Test
    void the_partner_does_not_answer_before_the_offer_was_sent() {
        LocalDate sentOn = KB_SIGNED_ON.minusMonths(1);
        fixture.given(LAMANDAU.offerSent())
                .when(new RecordPartnerAnswer(LAMANDAU.id, PartnerAnswer.ACCEPTED, sentOn.minusDays(1), null))
                .expectException(refusedUnder(DATES_IN_ORDER));
    }

    @Test
    void a_pks_is_not_signed_before_its_kb() {
        fixture.given(then(LAMANDAU.implementingApproved(), LAMANDAU.powerOfAttorneyGranted(null)))
                .when(LAMANDAU.sign(LAMANDAU.implementingId, KB_SIGNED_ON.minusDays(1), LAMANDAU.head), as(SECRETARIAT))
                .expectException(refusedUnder(DATES_IN_ORDER));
    }

    @Test
    void the_dprd_does_not_decide_before_it_was_asked() {
        LocalDate requestedOn = KB_SIGNED_ON.plusDays(7);
        fixture.given(then(LAMANDAU.frameworkSigned(),
                        new DprdApprovalRequirementDetermined(LAMANDAU.id, true, true, true, null),
                        new DprdApprovalRequested(LAMANDAU.id, file("permohonan-dprd.pdf"), requestedOn, requestedOn.plusDays(45))))
                .when(new RecordDprdDecision(LAMANDAU.id, DprdDecision.APPROVED, requestedOn.minusDays(1), null, null))
                .expectException(refusedUnder(DATES_IN_ORDER));
    }

    @Test
    void implementation_does_not_start_before_the_kb_was_signed() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(new StartImplementation(LAMANDAU.id, KB_SIGNED_ON.minusDays(1)), as(UNIT_OFFICER))
                .expectException(refusedUnder(DATES_IN_ORDER));
    }

    @Test
    void implementation_does_not_start_before_the_pks_it_implements_was_signed() {
        LocalDate pksSignedOn = LAMANDAU.implementingSignedOn;
        fixture.given(LAMANDAU.implementingSigned())
                .when(new StartImplementation(LAMANDAU.id, pksSignedOn.minusDays(1)), as(UNIT_OFFICER))
                .expectException(refusedUnder(DATES_IN_ORDER))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("the signing of the first PKS (" + pksSignedOn + ")"));
    }

    @Test
    void a_synergy_is_not_implemented_before_its_rencana_kerja_was_signed() {
        CooperationScenario synergy = PANGKALPINANG_POLTEKKES;
        fixture.given(synergy.implementingSigned())
                .when(new StartImplementation(synergy.id, synergy.implementingSignedOn.minusDays(1)), as(UNIT_OFFICER))
                .expectException(refusedUnder(DATES_IN_ORDER));
    }

    @Test
    void implementation_starts_on_the_day_its_pks_was_signed() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(new StartImplementation(LAMANDAU.id, LAMANDAU.implementingSignedOn), as(UNIT_OFFICER))
                .expectSuccessfulHandlerExecution();
    }

    // ---- Nothing that happened lies in the future

    @Test
    void an_activity_dated_three_months_ahead_is_refused() {
        fixture.given(LAMANDAU.active())
                .when(new RecordActivity(LAMANDAU.id, TODAY.plusMonths(3), "Sosialisasi", LAMANDAU.unit), as(UNIT_OFFICER))
                .expectException(refusedUnder(NOT_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void an_agreement_signed_before_adoption_is_not_imported_with_a_future_signing_date() {
        fixture.givenNoPriorActivity()
                .when(LAMANDAU.importOf(id.kerjasama.cooperation.CooperationType.KSDPK, DocumentKind.KB, LAMANDAU.head,
                        LAMANDAU.frameworkTerm, TODAY.plusDays(2)), as(SECRETARIAT))
                .expectException(refusedUnder(NOT_IN_FUTURE))
                .expectNoEvents();
    }

    @Test
    void no_activity_is_dated_before_implementation_started() {
        fixture.given(LAMANDAU.active())
                .when(new RecordActivity(LAMANDAU.id, STARTED_ON.minusDays(1), "Sosialisasi", LAMANDAU.unit), as(UNIT_OFFICER))
                .expectException(refusedUnder(DATES_IN_ORDER));
    }

    // ---- Separation of duties in monitoring

    @Test
    void whoever_self_reported_does_not_also_review_the_same_period() {
        fixture.given(then(LAMANDAU.active(), by(UNIT_OFFICER, selfReport())))
                .when(evaluation(EvaluationKind.TKKSD_REVIEW, "lamandau-cbi/reviu"), as(UNIT_OFFICER))
                .expectException(refusedUnder(SEPARATION_OF_DUTIES));
    }

    @Test
    void another_person_reviews_the_self_report() {
        fixture.given(then(LAMANDAU.active(), by(UNIT_OFFICER, selfReport())))
                .when(evaluation(EvaluationKind.TKKSD_REVIEW, "lamandau-cbi/reviu"), as(TKKSD))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_evaluation_id_is_recorded_once() {
        fixture.given(then(LAMANDAU.active(), by(UNIT_OFFICER, selfReport())))
                .when(evaluation(EvaluationKind.SELF_REPORT, "lamandau-cbi/laporan-mandiri"), as(UNIT_OFFICER))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    // ---- Adenda and what is signed under them

    @Test
    void an_adendum_does_not_shorten_a_kb_below_a_signed_pks() {
        LocalDate beforePksEnds = LAMANDAU.implementingTerm.end().minusDays(1);
        fixture.given(LAMANDAU.active())
                .when(new AmendAgreement(LAMANDAU.id, ADENDUM, LAMANDAU.frameworkId, "Masa berlaku dipersingkat",
                        LAMANDAU.content(term(LAMANDAU.frameworkTerm.start(), beforePksEnds))), as(SECRETARIAT))
                .expectException(refusedUnder(TERM_WITHIN_FRAMEWORK));
    }

    @Test
    void a_power_of_attorney_for_a_pks_also_covers_its_adendum() {
        DocumentId pks = LAMANDAU.implementingId;
        fixture.given(then(LAMANDAU.active(), LAMANDAU.powerOfAttorneyGranted(pks),
                        by(UNIT_OFFICER, new AgreementDrafted(LAMANDAU.id, ADENDUM, DocumentKind.ADENDUM, pks,
                                LAMANDAU.content(LAMANDAU.implementingTerm), "Rincian layanan")),
                        new DraftApproved(LAMANDAU.id, ADENDUM)))
                .when(LAMANDAU.sign(ADENDUM, LocalDate.of(2025, 10, 1), LAMANDAU.mandatedSignatory(LAMANDAU.mandatedOfficial.name())),
                        as(SECRETARIAT))
                .expectSuccessfulHandlerExecution();
    }

    // ---- Extension

    @Test
    void a_cooperation_that_was_never_implemented_is_not_extended() {
        fixture.given(LAMANDAU.dprdCleared())
                .when(extension(CooperationId.of(uuid("lamandau-cbi/lanjutan"))), as(SECRETARIAT))
                .expectException(refusedUnder(ONE_SUCCESSOR));
    }

    @Test
    void a_cooperation_does_not_extend_itself() {
        fixture.given(LAMANDAU.active())
                .when(extension(LAMANDAU.id), as(SECRETARIAT))
                .expectException(refusedUnder(ONE_SUCCESSOR));
    }

    private static ProposeExtension extension(CooperationId successor) {
        return new ProposeExtension(LAMANDAU.id, successor, LAMANDAU.title + " (lanjutan)", "Manfaat nyata bagi karyawan");
    }

    private static EvaluationRecorded selfReport() {
        RecordEvaluation report = evaluation(EvaluationKind.SELF_REPORT, "lamandau-cbi/laporan-mandiri");
        return new EvaluationRecorded(LAMANDAU.id, report.evaluationId(), report.kind(), report.periodStart(),
                report.periodEnd(), report.grades(), null, report.recommendation(), List.of(), report.summary());
    }

    private static RecordEvaluation evaluation(EvaluationKind kind, String id) {
        return new RecordEvaluation(LAMANDAU.id, EvaluationId.of(uuid(id)), kind, STARTED_ON, STARTED_ON.plusMonths(5),
                Map.of(), null, Recommendation.CONTINUE, List.of(), "Semester pertama");
    }
}
