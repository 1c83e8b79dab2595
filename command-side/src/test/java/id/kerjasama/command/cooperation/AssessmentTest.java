package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.command.ConcludeAssessment;
import id.kerjasama.cooperation.command.RecordAssessmentFinding;
import id.kerjasama.cooperation.command.StartAssessment;
import id.kerjasama.cooperation.command.SubmitForAssessment;
import id.kerjasama.cooperation.event.AssessmentConcluded;
import id.kerjasama.cooperation.event.AssessmentFindingRecorded;
import id.kerjasama.cooperation.event.AssessmentStarted;
import id.kerjasama.cooperation.event.SubmittedForAssessment;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Assessment (kajian, "pengkajian") by the regional coordination team (TKKSD): started, findings, then a conclusion. */
class AssessmentTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private ConcludeAssessment conclude(AssessmentConclusion conclusion) {
        return new ConcludeAssessment(LAMANDAU.id, conclusion, "Kajian TKKSD Kabupaten Lamandau");
    }

    @Test
    void the_tkksd_takes_up_a_submitted_cooperation() {
        fixture.given(LAMANDAU.submitted())
                .when(new StartAssessment(LAMANDAU.id), as(TKKSD))
                .expectEvents(new AssessmentStarted(LAMANDAU.id));
    }

    @Test
    void no_stage_is_skipped_an_unsubmitted_cooperation_is_not_assessed() {
        fixture.given(LAMANDAU.prepared())
                .when(new StartAssessment(LAMANDAU.id), as(TKKSD))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void an_assessment_starts_once() {
        fixture.given(LAMANDAU.assessing())
                .when(new StartAssessment(LAMANDAU.id), as(TKKSD))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void the_tkksd_records_a_finding() {
        fixture.given(then(LAMANDAU.submitted(), new AssessmentStarted(LAMANDAU.id)))
                .when(new RecordAssessmentFinding(LAMANDAU.id, "Pembiayaan", "Biaya layanan ditanggung PT CBI Group"), as(TKKSD))
                .expectEvents(new AssessmentFindingRecorded(LAMANDAU.id, "Pembiayaan", "Biaya layanan ditanggung PT CBI Group"));
    }

    @Test
    void findings_are_recorded_once_the_assessment_has_started() {
        fixture.given(LAMANDAU.submitted())
                .when(new RecordAssessmentFinding(LAMANDAU.id, "Pembiayaan", "Belum jelas"), as(TKKSD))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void the_tkksd_concludes_feasible() {
        fixture.given(LAMANDAU.assessing())
                .when(conclude(AssessmentConclusion.FEASIBLE), as(TKKSD))
                .expectEvents(new AssessmentConcluded(LAMANDAU.id, AssessmentConclusion.FEASIBLE, "Kajian TKKSD Kabupaten Lamandau"));
    }

    @Test
    void the_tkksd_records_a_finding_before_concluding() {
        fixture.given(then(LAMANDAU.submitted(), new AssessmentStarted(LAMANDAU.id)))
                .when(conclude(AssessmentConclusion.FEASIBLE), as(TKKSD))
                .expectException(refusedUnder(FINDINGS_BEFORE_CONCLUSION));
    }

    @Test
    void whoever_initiated_may_not_conclude_the_assessment() {
        fixture.given(LAMANDAU.assessing())
                .when(conclude(AssessmentConclusion.FEASIBLE), as(UNIT_OFFICER))
                .expectException(refusedUnder(SEPARATION_OF_DUTIES));
    }

    @Test
    void a_revise_conclusion_sends_the_cooperation_back_to_preparation() {
        fixture.given(then(LAMANDAU.assessing(), new AssessmentConcluded(LAMANDAU.id, AssessmentConclusion.REVISE, "Lengkapi KAK")))
                .when(new SubmitForAssessment(LAMANDAU.id), as(UNIT_OFFICER))
                .expectEvents(new SubmittedForAssessment(LAMANDAU.id));
    }

    @Test
    void a_rejected_cooperation_takes_no_further_steps() {
        fixture.given(then(LAMANDAU.assessing(), new AssessmentConcluded(LAMANDAU.id, AssessmentConclusion.REJECT, "Tidak layak")))
                .when(new SubmitForAssessment(LAMANDAU.id), as(UNIT_OFFICER))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }
}
