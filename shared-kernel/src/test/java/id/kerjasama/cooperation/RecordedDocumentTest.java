package id.kerjasama.cooperation;

import id.kerjasama.cooperation.command.SendOffer;
import id.kerjasama.cooperation.event.OfferSent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedDocumentTest {

    private static final CooperationId ID = CooperationId.of("3f1c2b9e-8d4a-4c6e-9b7a-1d2e3f4a5b6c");

    @Test
    void every_event_type_records_its_files_or_is_listed_as_recording_none() {
        assertThat(RecordedDocument.dispatch().unaccounted()).as("say which files a new event type records, or why none")
                .isEmpty();
    }

    @Test
    void a_reference_has_the_same_id_wherever_it_is_computed_and_another_in_another_cooperation() {
        DocumentReference letter = new DocumentReference("penawaran.pdf", "a".repeat(64), null);
        Signatory head = new Signatory(SigningParty.REGION, "Hendra", "Bupati", SigningCapacity.REGIONAL_HEAD, null);
        OfferSent offer = new OfferSent(ID, letter, head, LocalDate.of(2025, 6, 2));
        OfferSent elsewhere = new OfferSent(CooperationId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), letter, head,
                LocalDate.of(2025, 6, 2));

        RecordedDocument recorded = RecordedDocument.in(offer).get(0);
        assertThat(RecordedDocument.in(offer).get(0)).isEqualTo(recorded);
        assertThat(recorded.documentId()).isNotEqualTo(RecordedDocument.in(elsewhere).get(0).documentId());
        assertThat(recorded.recordedBy()).isEqualTo(SendOffer.class);
        assertThat(recorded.signedOriginal()).isFalse();
        assertThat(recorded.field()).isEqualTo("OfferSent.letter");
    }
}
