package id.kerjasama.command.contact;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.ContactId;
import id.kerjasama.contact.EmailAddress;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.PhoneNumber;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.contact.command.RecordContact;
import id.kerjasama.contact.command.RemoveContact;
import id.kerjasama.contact.event.ContactRecorded;
import id.kerjasama.contact.event.ContactRemoved;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.InvalidValuesException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactDirectoryTest {

    private static final RegionCode PANGKALPINANG = RegionCode.of("19.71");
    private static final ContactId RINA = ContactId.of("3f6c2a1e-8b4d-4c1a-9e2f-5a7b8c9d0e1f");

    private AggregateTestFixture<ContactDirectory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContactDirectory.class);
    }

    private static ContactRecorded rina() {
        return new ContactRecorded(PANGKALPINANG, RINA, "Rina Puspitasari", ActorRole.UNIT_OFFICER,
                "Pemerintah Kota Pangkalpinang", EmailAddress.of("rina@pangkalpinangkota.go.id"), null, Language.ID,
                Set.of(ReminderKind.FLAGS), false);
    }

    @Test
    void the_first_contact_creates_the_directory_and_recording_again_replaces_it() {
        ContactRecorded first = rina();
        fixture.givenNoPriorActivity()
                .when(new RecordContact(PANGKALPINANG, RINA, "Rina Puspitasari", ActorRole.UNIT_OFFICER,
                        "Pemerintah Kota Pangkalpinang", EmailAddress.of("rina@pangkalpinangkota.go.id"), null, null,
                        Set.of(ReminderKind.FLAGS), false))
                .expectEvents(first);
        fixture.given(first)
                .when(new RecordContact(PANGKALPINANG, RINA, "Rina Puspitasari", ActorRole.UNIT_OFFICER,
                        "Pemerintah Kota Pangkalpinang", EmailAddress.of("rina@pangkalpinangkota.go.id"), null,
                        Language.EN, null, true))
                .expectEvents(new ContactRecorded(PANGKALPINANG, RINA, "Rina Puspitasari", ActorRole.UNIT_OFFICER,
                        "Pemerintah Kota Pangkalpinang", EmailAddress.of("rina@pangkalpinangkota.go.id"), null,
                        Language.EN, Set.of(), true));
    }

    @Test
    void a_contact_is_removed_once_and_only_if_the_directory_holds_it() {
        fixture.given(rina()).when(new RemoveContact(PANGKALPINANG, RINA))
                .expectEvents(new ContactRemoved(PANGKALPINANG, RINA));
        fixture.given(rina(), new ContactRemoved(PANGKALPINANG, RINA)).when(new RemoveContact(PANGKALPINANG, RINA))
                .expectException(InvalidValueException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new RemoveContact(PANGKALPINANG, RINA))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void addresses_and_phone_numbers_are_refused_unless_a_gateway_can_use_them() {
        assertThat(EmailAddress.of("Rina.P@PangkalpinangKota.GO.ID").value()).isEqualTo("Rina.P@pangkalpinangkota.go.id");
        for (String bad : new String[]{"rina", "rina@localhost", "rina @x.go.id", "a@" + "b".repeat(250) + ".id"}) {
            assertThatThrownBy(() -> EmailAddress.of(bad)).as(bad)
                    .isInstanceOfAny(InvalidValueException.class, InvalidValuesException.class);
        }
        assertThat(PhoneNumber.of("+62 812-3456-7890").value()).isEqualTo("+6281234567890");
        for (String bad : new String[]{"081234567890", "+0812345678", "+62812", "+62 812 3456 7890 1234"}) {
            assertThatThrownBy(() -> PhoneNumber.of(bad)).as(bad)
                    .isInstanceOfAny(InvalidValueException.class, InvalidValuesException.class);
        }
    }

    @Test
    void a_unit_officer_names_a_unit_and_operators_are_no_contacts() {
        assertThatThrownBy(() -> new RecordContact(PANGKALPINANG, RINA, "Rina", ActorRole.UNIT_OFFICER, " ",
                EmailAddress.of("rina@pangkalpinangkota.go.id"), null, null, null, false))
                .isInstanceOfAny(InvalidValueException.class, InvalidValuesException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> new RecordContact(PANGKALPINANG, RINA, "Rina", ActorRole.OPERATOR, null,
                EmailAddress.of("rina@pangkalpinangkota.go.id"), null, null, null, false))
                .isInstanceOfAny(InvalidValueException.class, InvalidValuesException.class).hasMessageContaining("role");
    }
}
