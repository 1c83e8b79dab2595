package id.kerjasama.query.notification;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.inbox.InboxItems;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is reminded of what: the rules of docs/REMINDERS.md, "Who is told". */
class ContactTest {

    private static final String UNIT = "Pemerintah Kota Pangkalpinang";

    private static InboxItems.Item item(String kind) {
        return new InboxItems.Item("c0ffee00-0000-4000-8000-000000000001", "Sinergi", Stage.MEMORANDUM, "19.71", null,
                UNIT, null, kind, null, null, null, Instant.parse("2025-10-26T00:00:00Z"), LocalDate.of(2025, 10, 25));
    }

    private static Contact contact(String region, ActorRole role, String unit, ReminderKind... receives) {
        return new Contact("c", region, "Rina", role, unit, "rina@pangkalpinangkota.go.id", null, Language.ID,
                Set.of(receives), false);
    }

    @Test
    void staff_are_reminded_of_what_their_role_answers_in_their_own_region() {
        InboxItems.Item dormant = item("DORMANT");
        assertThat(contact("19.71", ActorRole.SECRETARIAT, null).remindedOf(dormant)).isTrue();
        assertThat(contact("19.71", ActorRole.REGIONAL_HEAD, null).remindedOf(dormant)).isTrue();
        assertThat(contact("19.71", ActorRole.TKKSD_MEMBER, null).remindedOf(dormant)).as("answers no dormancy").isFalse();
        assertThat(contact("62.09", ActorRole.SECRETARIAT, null).remindedOf(dormant)).as("another region").isFalse();
        assertThat(contact("19", ActorRole.SECRETARIAT, null).remindedOf(dormant)).as("the province's staff").isFalse();
        assertThat(contact("19.71", ActorRole.TKKSD_MEMBER, null).remindedOf(item("DRAFT_AWAITING_APPROVAL"))).isTrue();
    }

    @Test
    void a_unit_officer_is_reminded_only_of_the_cooperations_of_their_unit() {
        InboxItems.Item dormant = item("DORMANT");
        assertThat(contact("19.71", ActorRole.UNIT_OFFICER, "pemerintah kota pangkalpinang").remindedOf(dormant)).isTrue();
        assertThat(contact("19.71", ActorRole.UNIT_OFFICER, "Dinas Kesehatan").remindedOf(dormant)).isFalse();
    }

    @Test
    void an_inspector_is_reminded_only_of_what_they_chose_within_their_jurisdiction() {
        InboxItems.Item dormant = item("DORMANT");
        assertThat(contact("19.71", ActorRole.INSPECTOR, null).remindedOf(dormant)).as("chose nothing").isFalse();
        assertThat(contact("19", ActorRole.INSPECTOR, null, ReminderKind.FLAGS).remindedOf(dormant)).isTrue();
        assertThat(contact("62", ActorRole.INSPECTOR, null, ReminderKind.FLAGS).remindedOf(dormant)).isFalse();
        assertThat(contact("19.71", ActorRole.INSPECTOR, null, ReminderKind.WAITING_STEPS).remindedOf(dormant)).isFalse();
    }

    @Test
    void a_contact_who_chose_a_kind_of_reminder_gets_only_that_kind() {
        Contact flagsOnly = contact("19.71", ActorRole.SECRETARIAT, null, ReminderKind.FLAGS);
        assertThat(flagsOnly.remindedOf(item("DORMANT"))).isTrue();
        assertThat(flagsOnly.remindedOf(item("AWAITING_REGISTRATION"))).isFalse();
        assertThat(contact("19.71", ActorRole.SECRETARIAT, null).remindedOf(item("AWAITING_REGISTRATION"))).isTrue();
    }
}
