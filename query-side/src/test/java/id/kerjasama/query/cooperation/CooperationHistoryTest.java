package id.kerjasama.query.cooperation;

import id.kerjasama.cooperation.DormancyAnswer;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.FindingSeverity;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.event.ContinuationJustified;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.FollowUpActionCompleted;
import id.kerjasama.query.cooperation.CooperationDetail.AuditFinding;
import id.kerjasama.query.cooperation.CooperationDetail.Evaluation;
import id.kerjasama.query.inspection.FlagKind;
import id.kerjasama.query.inspection.InspectionFile;
import id.kerjasama.query.inspection.InspectionFold;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static id.kerjasama.query.cooperation.HistoryStory.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What the fold makes of the facts a detail long left out: follow-ups, justifications, audit findings, flags. */
class CooperationHistoryTest {

    private final HistoryStory story = new HistoryStory();

    private CooperationDetail upTo(Class<?> eventType) {
        List<DomainEventMessage<?>> events = story.events();
        int last = 0;
        while (!eventType.isInstance(events.get(last).getPayload())) {
            last++;
        }
        return CooperationHistory.replay(events.subList(0, last + 1));
    }

    private Instant timeOf(Class<?> eventType) {
        return story.events().stream().filter(e -> eventType.isInstance(e.getPayload())).findFirst().orElseThrow()
                .getTimestamp();
    }

    @Test
    void every_event_type_shows_in_the_detail_or_is_listed_with_why_not() {
        assertThat(CooperationHistory.dispatch().unaccounted())
                .as("fold each new event type into the detail, or list it as left alone, with the reason").isEmpty();
    }

    @Test
    void a_completed_follow_up_action_shows_under_its_evaluation_with_its_day_note_and_who_recorded_it() {
        story.everything();
        Evaluation evaluation = upTo(FollowUpActionCompleted.class).evaluation(EVALUATION.value());

        assertThat(evaluation.followUpActions).containsExactly(ACTION);
        assertThat(evaluation.completedActions).singleElement().satisfies(done -> {
            assertThat(done.actionNumber()).isEqualTo(1);
            assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 9, 5));
            assertThat(done.note()).isEqualTo("Dua dokter direkrut");
            assertThat(done.recordedBy()).isEqualTo(OFFICER);
            assertThat(done.recordedAt()).isEqualTo(timeOf(FollowUpActionCompleted.class));
        });
    }

    @Test
    void a_justification_to_continue_shows_under_the_evaluation_that_recommended_stopping() {
        story.everything();
        CooperationDetail detail = upTo(ContinuationJustified.class);
        Evaluation evaluation = detail.evaluation(EVALUATION.value());

        assertThat(evaluation.recommendation).hasToString("STOP");
        assertThat(evaluation.continuation.justification()).isEqualTo("Layanan rujukan masih dibutuhkan");
        assertThat(evaluation.continuation.justifiedOn()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(evaluation.continuation.justifiedBy()).isEqualTo(HEAD);
        assertThat(evaluation.continuation.recordedAt()).isEqualTo(timeOf(ContinuationJustified.class));
        assertThat(detail.flags).filteredOn(f -> f.kind == FlagKind.STOP_RECOMMENDATION_UNANSWERED).singleElement()
                .satisfies(flag -> {
                    assertThat(flag.closedBy).isEqualTo(HEAD);
                    assertThat(flag.closedAt).isEqualTo(timeOf(ContinuationJustified.class));
                });
    }

    @Test
    void an_audit_finding_shows_with_its_follow_ups_and_its_closing_and_who_did_each() {
        story.everything();
        AuditFinding finding = CooperationHistory.replay(story.events()).auditFinding(FINDING.value());

        assertThat(finding.severity).isEqualTo(FindingSeverity.HIGH);
        assertThat(finding.description).isEqualTo("PKS dirancang sebelum surat kuasa berlaku");
        assertThat(finding.eventSequenceNumbers).containsExactly(13L, 23L);
        assertThat(finding.recordedBy).isEqualTo(INSPECTOR);
        assertThat(finding.followUps).singleElement().satisfies(followUp -> {
            assertThat(followUp.description()).isEqualTo("Surat kuasa diterbitkan ulang");
            assertThat(followUp.followedUpOn()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(followUp.evidence().fileName()).isEqualTo("bukti.pdf");
            assertThat(followUp.recordedBy()).isEqualTo(OFFICER);
        });
        assertThat(finding.closing.conclusion()).isEqualTo("Tuntas ditindaklanjuti");
        assertThat(finding.closing.closedBy()).isEqualTo(INSPECTOR);
        assertThat(finding.closing.closedAt()).isAfter(finding.followUps.get(0).recordedAt());
    }

    @Test
    void an_open_flag_shows_which_since_when_and_what_answers_it_and_its_answer_closes_it() {
        story.kbSigned();
        story.add(new CooperationFlaggedDormant(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 12, 1)), SYSTEM);
        CooperationDetail flagged = CooperationHistory.replay(story.events());

        assertThat(flagged.flags).singleElement().satisfies(flag -> {
            assertThat(flag.kind).isEqualTo(FlagKind.DORMANT);
            assertThat(flag.since).isEqualTo(LocalDate.of(2025, 12, 2));
            assertThat(flag.lastDay).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(flag.about).contains("2025-06-01");
            assertThat(flag.answeredWith).containsExactly("answer-dormancy-flag");
            assertThat(flag.open()).isTrue();
        });

        story.add(new id.kerjasama.cooperation.event.DormancyFlagAnswered(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT,
                DormancyAnswer.AMEND, List.of(), "KB diubah", LocalDate.of(2025, 12, 5)), SECRETARIAT);
        CooperationDetail answered = CooperationHistory.replay(story.events());
        assertThat(answered.flags).singleElement().satisfies(flag -> {
            assertThat(flag.open()).isFalse();
            assertThat(flag.closedBy).isEqualTo(SECRETARIAT);
        });
        assertThat(answered.dormancyAnswers).singleElement().satisfies(answer -> {
            assertThat(answer.answer()).isEqualTo(DormancyAnswer.AMEND);
            assertThat(answer.explanation()).isEqualTo("KB diubah");
            assertThat(answer.answeredOn()).isEqualTo(LocalDate.of(2025, 12, 5));
            assertThat(answer.answeredBy()).isEqualTo(SECRETARIAT);
        });
    }

    @Test
    void the_end_closes_every_open_flag_in_the_system_s_name() {
        story.everything();
        CooperationDetail detail = CooperationHistory.replay(story.events());

        assertThat(detail.flags).extracting(f -> f.kind).containsExactly(FlagKind.DPRD_RESPONSE_OVERDUE,
                FlagKind.DORMANT, FlagKind.EVALUATION_OVERDUE, FlagKind.FOLLOW_UP_ACTION_OVERDUE,
                FlagKind.STOP_RECOMMENDATION_UNANSWERED, FlagKind.EXPIRY_APPROACHING);
        assertThat(detail.flags).noneMatch(InspectionFile.Flag::open);
        // the expiry reminder was answered by the extension, before the end
        assertThat(detail.flags.get(5).closedBy).isEqualTo(SECRETARIAT);


        HistoryStory left = new HistoryStory().kbSigned();
        left.add(new CooperationFlaggedDormant(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 12, 1)), SYSTEM);
        left.add(new CooperationTerminated(ID, TerminationReason.MUTUAL_AGREEMENT, LocalDate.of(2026, 1, 1),
                "Tidak dilanjutkan"), HEAD);
        CooperationDetail terminated = CooperationHistory.replay(left.events());
        assertThat(terminated.flags).singleElement().satisfies(flag -> {
            assertThat(flag.open()).isFalse();
            assertThat(flag.closedBy).isEqualTo(SYSTEM);
            assertThat(flag.closedAt).isEqualTo(terminated.ending.endedAt());
        });
    }

    @Test
    void the_detail_shows_the_flags_the_inspectors_reports_show() {
        story.everything();
        CooperationDetail detail = new CooperationDetail();
        InspectionFile file = new InspectionFile();
        for (DomainEventMessage<?> event : story.events()) {
            CooperationHistory.evolve(detail, event);
            InspectionFold.evolve(file, event, ZoneId.of("Asia/Jakarta"));
            assertThat(detail.flags).extracting(f -> f.key, f -> f.about, f -> f.owner, f -> f.raisedAt, f -> f.closedAt,
                    f -> f.closedBy).isEqualTo(file.flags.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.key,
                    f.about, f.owner, f.raisedAt, f.closedAt, f.closedBy)).toList());
        }
    }

    @Test
    void a_point_in_time_replay_shows_a_flag_open_before_its_answer_and_answered_after() {
        story.everything();
        Instant justified = timeOf(ContinuationJustified.class);
        List<DomainEventMessage<?>> before = story.events().stream()
                .filter(e -> e.getTimestamp().isBefore(justified)).toList();

        CooperationDetail then = CooperationHistory.replay(before);
        assertThat(then.flags).filteredOn(InspectionFile.Flag::open).extracting(f -> f.kind)
                .containsExactly(FlagKind.STOP_RECOMMENDATION_UNANSWERED);
        assertThat(then.evaluation(EVALUATION.value()).continuation).isNull();
        assertThat(then.evaluation(EVALUATION.value()).completedActions).hasSize(1);
        assertThat(then.auditFindings).isEmpty();
    }

    @Test
    void a_revision_keeps_its_note_and_an_extension_its_rationale() {
        story.everything();
        CooperationDetail detail = CooperationHistory.replay(story.events());

        assertThat(detail.document(KB.value()).revisionNotes).singleElement().satisfies(note -> {
            assertThat(note.reason()).isEqualTo("Jangka waktu digeser setahun");
            assertThat(note.by()).isEqualTo(SECRETARIAT);
        });
        assertThat(detail.extension.successorId()).isEqualTo(SUCCESSOR.value());
        assertThat(detail.extension.rationale()).isEqualTo("Manfaat layanan perlu dilanjutkan");
        assertThat(detail.extension.proposedBy()).isEqualTo(SECRETARIAT);
    }
}
