package id.kerjasama.query.inbox;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.query.inspection.FlagKind;
import id.kerjasama.query.workqueue.WorkQueue;
import id.kerjasama.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox's kinds, who answers each, and its filters. */
class InboxQueryTest {

    @Test
    void every_step_and_every_flag_is_a_kind_answered_by_whoever_may_send_its_commands() {
        assertThat(InboxKind.all()).hasSize(WorkQueue.values().length + FlagKind.values().length);
        InboxKind.all().values().forEach(kind -> {
            assertThat(kind.commands()).as(kind.code()).isNotEmpty();
            assertThat(kind.roles()).as(kind.code()).isNotEmpty().allSatisfy(role -> assertThat(kind.commands())
                    .anyMatch(command -> CommandPermissions.allowed(command).contains(role)));
        });
        assertThat(InboxKind.of("DRAFT_AWAITING_APPROVAL").roles()).containsExactly(ActorRole.TKKSD_MEMBER);
        assertThat(InboxKind.of("STOP_RECOMMENDATION_UNANSWERED").roles())
                .containsExactlyInAnyOrder(ActorRole.REGIONAL_HEAD, ActorRole.SECRETARIAT);
        assertThat(InboxKind.answeringRoles()).containsExactlyInAnyOrder(ActorRole.REGIONAL_HEAD,
                ActorRole.TKKSD_MEMBER, ActorRole.SECRETARIAT, ActorRole.UNIT_OFFICER);
    }

    @Test
    void the_filters_leave_the_kinds_given_that_one_of_the_roles_given_answers() {
        assertThat(InboxQuery.of(null, null, 0, 20).selectedKinds()).containsExactlyElementsOf(InboxKind.all().keySet());
        assertThat(InboxQuery.of(null, List.of("TKKSD_MEMBER"), 0, 20).selectedKinds()).containsExactly(
                "AWAITING_ASSESSMENT", "IN_ASSESSMENT", "DRAFT_AWAITING_APPROVAL", "EVALUATION_OVERDUE");
        assertThat(InboxQuery.of(List.of("DORMANT", "AWAITING_SIGNATURE"), List.of("REGIONAL_HEAD"), 0, 20)
                .selectedKinds()).containsExactly("AWAITING_SIGNATURE", "DORMANT");
        assertThat(InboxQuery.of(List.of("DORMANT"), List.of("TKKSD_MEMBER"), 0, 20).selectedKinds()).isEmpty();
        assertThat(InboxQuery.of(List.of(" DORMANT"), List.of("SECRETARIAT "), 0, 20))
                .isEqualTo(new InboxQuery(Set.of("DORMANT"), Set.of(ActorRole.SECRETARIAT), 0, 20));
    }

    @Test
    void an_unknown_kind_a_role_that_answers_nothing_and_a_page_out_of_range_are_refused() {
        assertRefused(() -> InboxQuery.of(List.of("LATE"), null, 0, 20), "kind", "ONE_OF");
        assertRefused(() -> InboxQuery.of(null, List.of("INSPECTOR"), 0, 20), "role", "ONE_OF");
        assertRefused(() -> InboxQuery.of(null, List.of("SYSTEM"), 0, 20), "role", "ONE_OF");
        assertRefused(() -> InboxQuery.of(null, null, -1, 20), "page", "NOT_NEGATIVE");
        assertRefused(() -> InboxQuery.of(null, null, 0, 201), "size", "RANGE");
        assertRefused(() -> InboxQuery.of(null, null, 0, 0), "size", "RANGE");
    }

    private static void assertRefused(Runnable query, String field, String rule) {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
