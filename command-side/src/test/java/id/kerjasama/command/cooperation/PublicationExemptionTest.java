package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.ExemptionGround;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.LiftPublicationExemption;
import id.kerjasama.cooperation.command.RecordPublicationExemption;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.PublicationExemptionLifted;
import id.kerjasama.cooperation.event.PublicationExemptionRecorded;
import id.kerjasama.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exemptions from the public register (UU 14/2008 art. 17 and 19): the secretariat, as PPID, withholds a signed
 * document or fields of the public entry for a time, and may lift it earlier; neither changes the cooperation's course.
 */
class PublicationExemptionTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final ExemptionId EXEMPTION = ExemptionId.of(uuid("lamandau-cbi/pengecualian-tarif"));
    private static final String TEST = "Rincian tarif layanan bagi karyawan mitra adalah rahasia dagang mitra; membukanya "
            + "merugikan persaingan usaha mitra lebih dari manfaatnya bagi publik";
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 2, 16);
    private static final LocalDate UNTIL = LocalDate.of(2028, 2, 15);

    private static RecordPublicationExemption ofDocument(DocumentId document, LocalDate until) {
        return new RecordPublicationExemption(LAMANDAU.id, EXEMPTION, document, null,
                ExemptionGround.INTELLECTUAL_PROPERTY_AND_COMPETITION, TEST, "188.4/12/PPID/2026", DECIDED_ON, until);
    }

    private static PublicationExemptionRecorded recorded(RecordPublicationExemption command) {
        return new PublicationExemptionRecorded(LAMANDAU.id, EXEMPTION, command.documentId(), command.fields(),
                command.ground(), command.consequenceTest(), command.decisionNumber(), command.decidedOn(), command.until());
    }

    private static LiftPublicationExemption lift() {
        return new LiftPublicationExemption(LAMANDAU.id, EXEMPTION, "Putusan Komisi Informasi: informasi terbuka");
    }

    @Test
    void the_ppid_withholds_a_signed_document() {
        RecordPublicationExemption command = ofDocument(LAMANDAU.implementingId, UNTIL);
        fixture().given(LAMANDAU.active()).when(command, as(SECRETARIAT)).expectEvents(recorded(command));
    }

    @Test
    void the_ppid_withholds_fields_of_the_public_entry_even_after_the_end() {
        RecordPublicationExemption command = new RecordPublicationExemption(LAMANDAU.id, EXEMPTION, null,
                Set.of(PublicEntryField.PARTNER_NAME, PublicEntryField.SIGNATORIES), ExemptionGround.PERSONAL_SECRET, TEST,
                "188.4/13/PPID/2026", DECIDED_ON, UNTIL);
        fixture().given(then(LAMANDAU.active(), new CooperationTerminated(LAMANDAU.id, TerminationReason.PURPOSE_ACHIEVED,
                        LocalDate.of(2026, 1, 31), "Tujuan tercapai")))
                .when(command, as(SECRETARIAT))
                .expectEvents(recorded(command));
    }

    @Test
    void an_exemption_withholds_a_document_or_fields_not_both_and_not_nothing() {
        assertThatThrownBy(() -> new RecordPublicationExemption(LAMANDAU.id, EXEMPTION, LAMANDAU.frameworkId,
                Set.of(PublicEntryField.TITLE), ExemptionGround.PERSONAL_SECRET, TEST, "1", DECIDED_ON, UNTIL))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("one of the two");
        assertThatThrownBy(() -> new RecordPublicationExemption(LAMANDAU.id, EXEMPTION, null, Set.of(),
                ExemptionGround.PERSONAL_SECRET, TEST, "1", DECIDED_ON, UNTIL))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("one of the two");
    }

    @Test
    void only_a_signed_agreement_has_exemptions() {
        fixture().given(LAMANDAU.frameworkApproved())
                .when(ofDocument(LAMANDAU.frameworkId, UNTIL), as(SECRETARIAT))
                .expectException(refusedUnder(EXEMPTION_SIGNED_AGREEMENT));
    }

    @Test
    void only_a_signed_document_is_exempted() {
        fixture().given(LAMANDAU.implementingDrafted())
                .when(ofDocument(LAMANDAU.implementingId, UNTIL), as(SECRETARIAT))
                .expectException(refusedUnder(EXEMPTED_DOCUMENT_SIGNED));
    }

    @Test
    void the_exempted_document_is_one_of_this_cooperation() {
        fixture().given(LAMANDAU.active())
                .when(ofDocument(DocumentId.of(uuid("elsewhere")), UNTIL), as(SECRETARIAT))
                .expectException(refusedUnder(UNKNOWN_DOCUMENT));
    }

    @Test
    void an_exemption_ends_after_its_decision() {
        fixture().given(LAMANDAU.active())
                .when(ofDocument(LAMANDAU.frameworkId, DECIDED_ON), as(SECRETARIAT))
                .expectException(refusedUnder(EXEMPTION_PERIOD));
    }

    @Test
    void an_exemption_lasts_at_most_thirty_years() {
        fixture().given(LAMANDAU.active())
                .when(ofDocument(LAMANDAU.frameworkId, DECIDED_ON.plusYears(30).plusDays(1)), as(SECRETARIAT))
                .expectException(refusedUnder(EXEMPTION_PERIOD));
    }

    @Test
    void an_exemption_is_recorded_once() {
        RecordPublicationExemption command = ofDocument(LAMANDAU.frameworkId, UNTIL);
        fixture().given(then(LAMANDAU.active(), recorded(command)))
                .when(command, as(SECRETARIAT))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void the_ppid_lifts_an_active_exemption() {
        fixture().given(then(LAMANDAU.active(), recorded(ofDocument(LAMANDAU.frameworkId, UNTIL))))
                .when(lift(), as(SECRETARIAT))
                .expectEvents(new PublicationExemptionLifted(LAMANDAU.id, EXEMPTION, lift().reason()));
    }

    @Test
    void a_lifted_exemption_is_not_lifted_again() {
        fixture().given(then(LAMANDAU.active(), recorded(ofDocument(LAMANDAU.frameworkId, UNTIL)),
                        new PublicationExemptionLifted(LAMANDAU.id, EXEMPTION, "Dicabut")))
                .when(lift(), as(SECRETARIAT))
                .expectException(refusedUnder(EXEMPTION_ACTIVE));
    }

    @Test
    void an_exemption_past_its_last_day_is_not_lifted() {
        fixtureOn(UNTIL.plusDays(1)).given(then(LAMANDAU.active(), recorded(ofDocument(LAMANDAU.frameworkId, UNTIL))))
                .when(lift(), as(SECRETARIAT))
                .expectException(refusedUnder(EXEMPTION_ACTIVE));
    }

    @Test
    void only_an_exemption_of_this_cooperation_is_lifted() {
        fixture().given(LAMANDAU.active())
                .when(lift(), as(SECRETARIAT))
                .expectException(refusedUnder(UNKNOWN_EXEMPTION));
    }
}
