package id.kerjasama.cooperation;

import id.kerjasama.cooperation.event.*;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kerjasama.cooperation.CooperationType.*;
import static id.kerjasama.cooperation.Stage.*;
import static id.kerjasama.cooperation.event.Blank.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Which event moves a cooperation to which stage, and which ends it and why. */
class StageTransitionsTest {

    @Test
    void every_event_type_moves_by_a_rule_or_is_listed_with_why_it_moves_nothing() {
        assertThat(StageTransitions.rules().unaccounted())
                .as("give each new event type a stage rule, or list it as moving nothing, with the reason").isEmpty();
    }

    @Test
    void a_ksdd_runs_from_preparation_through_offer_and_the_dprd_to_implementation() {
        assertThat(next(null, event(CooperationInitiated.class, Map.of("type", KSDD_VOLUNTARY)), null))
                .isEqualTo(PREPARATION);
        assertThat(next(PREPARATION, event(SubmittedForAssessment.class), KSDD_VOLUNTARY)).isEqualTo(ASSESSMENT);
        assertThat(next(ASSESSMENT, concluded(AssessmentConclusion.FEASIBLE), KSDD_VOLUNTARY)).isEqualTo(OFFER);
        assertThat(next(OFFER, event(OfferSent.class), KSDD_VOLUNTARY)).isEqualTo(OFFER);
        assertThat(next(OFFER, answered(PartnerAnswer.ACCEPTED), KSDD_VOLUNTARY)).isEqualTo(JOINT_AGREEMENT);
        assertThat(next(JOINT_AGREEMENT, signed(DocumentKind.KB), KSDD_VOLUNTARY)).isEqualTo(DPRD_APPROVAL);
        assertThat(next(DPRD_APPROVAL, decided(DprdDecision.APPROVED), KSDD_VOLUNTARY)).isEqualTo(IMPLEMENTING_AGREEMENT);
        assertThat(next(IMPLEMENTING_AGREEMENT, signed(DocumentKind.PKS), KSDD_VOLUNTARY)).isEqualTo(IMPLEMENTING_AGREEMENT);
        assertThat(next(IMPLEMENTING_AGREEMENT, event(ImplementationStarted.class), KSDD_VOLUNTARY))
                .isEqualTo(IMPLEMENTATION);
    }

    @Test
    void a_synergy_goes_from_its_assessment_to_the_memorandum() {
        assertThat(next(ASSESSMENT, concluded(AssessmentConclusion.FEASIBLE), SYNERGY)).isEqualTo(MEMORANDUM);
        assertThat(next(MEMORANDUM, signed(DocumentKind.NK), SYNERGY)).isEqualTo(MEMORANDUM);
        assertThat(next(MEMORANDUM, event(ImplementationStarted.class), SYNERGY)).isEqualTo(IMPLEMENTATION);
    }

    @Test
    void an_assessment_to_revise_goes_back_to_preparation() {
        assertThat(next(ASSESSMENT, concluded(AssessmentConclusion.REVISE), KSDPK)).isEqualTo(PREPARATION);
        assertThat(StageTransitions.endReason(ASSESSMENT, concluded(AssessmentConclusion.REVISE), KSDPK)).isEmpty();
    }

    @Test
    void the_dprd_is_passed_when_its_approval_is_not_required_or_its_silence_counts_as_approval() {
        assertThat(next(DPRD_APPROVAL, event(DprdApprovalRequirementDetermined.class, Map.of("required", false)), KSDPK))
                .isEqualTo(IMPLEMENTING_AGREEMENT);
        assertThat(next(DPRD_APPROVAL, event(DprdApprovalRequirementDetermined.class, Map.of("required", true)), KSDPK))
                .isEqualTo(DPRD_APPROVAL);
        assertThat(next(DPRD_APPROVAL, event(DprdResponseOverdue.class), KSDPK)).isEqualTo(DPRD_APPROVAL);
        assertThat(next(DPRD_APPROVAL, event(DprdApprovalDeemedGiven.class), KSDPK)).isEqualTo(IMPLEMENTING_AGREEMENT);
    }

    @Test
    void each_ending_event_ends_the_cooperation_with_its_reason() {
        assertEnds(ASSESSMENT, concluded(AssessmentConclusion.REJECT), EndReason.REJECTED_IN_ASSESSMENT);
        assertEnds(OFFER, answered(PartnerAnswer.DECLINED), EndReason.OFFER_DECLINED);
        assertEnds(DPRD_APPROVAL, decided(DprdDecision.REJECTED), EndReason.DPRD_REJECTED);
        assertEnds(JOINT_AGREEMENT, event(CooperationWithdrawn.class), EndReason.WITHDRAWN);
        assertEnds(IMPLEMENTATION, event(CooperationTerminated.class), EndReason.TERMINATED);
        assertEnds(IMPLEMENTATION, event(CooperationExpired.class), EndReason.EXPIRED);
    }

    @Test
    void a_step_within_a_stage_neither_moves_nor_ends_the_cooperation() {
        for (CooperationEvent step : new CooperationEvent[]{event(EvaluationRecorded.class),
                event(CooperationFlaggedDormant.class), event(ExtensionProposed.class), event(AgreementDrafted.class)}) {
            assertThat(next(IMPLEMENTATION, step, KSDD_MANDATORY)).isEqualTo(IMPLEMENTATION);
            assertThat(StageTransitions.endReason(IMPLEMENTATION, step, KSDD_MANDATORY)).isEmpty();
        }
    }

    @Test
    void an_imported_framework_waits_for_the_dprd_only_if_it_is_the_kb_of_a_type_that_has_one() {
        assertThat(next(null, imported(KSDD_MANDATORY, DocumentKind.KB), null)).isEqualTo(DPRD_APPROVAL);
        assertThat(next(null, imported(KSDPK, DocumentKind.NK), null)).isEqualTo(MEMORANDUM);
        assertThat(next(null, imported(SYNERGY, DocumentKind.NK), null)).isEqualTo(MEMORANDUM);
        assertThat(next(null, imported(SYNERGY, DocumentKind.KB), null)).isEqualTo(MEMORANDUM);
        assertThat(StageTransitions.ofSignedFramework(KSDPK, DocumentKind.KB)).isEqualTo(DPRD_APPROVAL);
        assertThat(StageTransitions.ofSignedFramework(SYNERGY, DocumentKind.KB)).isEqualTo(MEMORANDUM);
    }

    private static Stage next(Stage current, CooperationEvent event, CooperationType type) {
        return StageTransitions.next(current, event, type);
    }

    private static void assertEnds(Stage current, CooperationEvent event, EndReason reason) {
        assertThat(next(current, event, KSDD_VOLUNTARY)).isEqualTo(ENDED);
        assertThat(StageTransitions.endReason(current, event, KSDD_VOLUNTARY)).contains(reason);
    }

    private static AssessmentConcluded concluded(AssessmentConclusion conclusion) {
        return event(AssessmentConcluded.class, Map.of("conclusion", conclusion));
    }

    private static PartnerAnswerRecorded answered(PartnerAnswer answer) {
        return event(PartnerAnswerRecorded.class, Map.of("answer", answer));
    }

    private static AgreementSigned signed(DocumentKind kind) {
        return event(AgreementSigned.class, Map.of("kind", kind));
    }

    private static DprdDecisionRecorded decided(DprdDecision decision) {
        return event(DprdDecisionRecorded.class, Map.of("decision", decision));
    }

    private static SignedAgreementImported imported(CooperationType type, DocumentKind kind) {
        return event(SignedAgreementImported.class, Map.of("type", type, "kind", kind));
    }
}
