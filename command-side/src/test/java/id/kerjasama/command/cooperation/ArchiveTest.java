package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.RecordedDocument;
import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import id.kerjasama.cooperation.event.CooperationEvent;
import id.kerjasama.cooperation.event.DocumentFileArchived;
import id.kerjasama.cooperation.DocumentId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.kerjasama.actor.AuditMetadata.ACTOR_ID;
import static id.kerjasama.actor.AuditMetadata.ACTOR_ROLE;
import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;

/** The archive of document files: what the cooperation accepts as the file of a document it records. */
class ArchiveTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final String OTHER_SHA256 = "0".repeat(64);

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** The documents these events record, as both sides find them. */
    private static List<RecordedDocument> recorded(List<Object> events) {
        List<RecordedDocument> found = new ArrayList<>();
        events.stream().filter(CooperationEvent.class::isInstance)
                .forEach(e -> found.addAll(RecordedDocument.in((CooperationEvent) e)));
        return found;
    }

    private static RecordedDocument offerLetter() {
        return recorded(LAMANDAU.offerSent()).stream().filter(d -> d.field().equals("OfferSent.letter")).findFirst().orElseThrow();
    }

    private static RecordedDocument signedKb() {
        return recorded(LAMANDAU.frameworkSigned()).stream().filter(d -> d.documentId().equals(LAMANDAU.frameworkId))
                .findFirst().orElseThrow();
    }

    private static ArchiveDocumentFile archive(RecordedDocument document, String sha256, String mediaType, boolean pdf) {
        return new ArchiveDocumentFile(LAMANDAU.id, document.documentId(), sha256, 2048, mediaType, pdf);
    }

    private static Map<String, String> asRole(String role) {
        return Map.of(ACTOR_ID, "someone", ACTOR_ROLE, role);
    }

    @Test
    void the_file_of_a_recorded_letter_is_archived() {
        RecordedDocument letter = offerLetter();
        fixture.given(LAMANDAU.offerSent())
                .when(archive(letter, letter.file().sha256(), "application/msword", false), asRole("SECRETARIAT"))
                .expectEvents(new DocumentFileArchived(LAMANDAU.id, letter.documentId(), letter.file().sha256(), 2048,
                        "application/msword"));
    }

    @Test
    void a_signed_original_is_archived_under_its_document_id_as_a_pdf() {
        RecordedDocument kb = signedKb();
        fixture.given(LAMANDAU.frameworkSigned())
                .when(archive(kb, kb.file().sha256(), "application/pdf", true), asRole("REGIONAL_HEAD"))
                .expectEvents(new DocumentFileArchived(LAMANDAU.id, LAMANDAU.frameworkId, kb.file().sha256(), 2048,
                        "application/pdf"));
    }

    @Test
    void bytes_with_another_hash_than_recorded_are_refused_naming_both() {
        RecordedDocument letter = offerLetter();
        fixture.given(LAMANDAU.offerSent())
                .when(archive(letter, OTHER_SHA256, "application/pdf", true), asRole("SECRETARIAT"))
                .expectException(allOf(refusedUnder(FILE_MATCHES_RECORD),
                        hasProperty("message", allOf(containsString(OTHER_SHA256), containsString(letter.file().sha256())))));
    }

    @Test
    void a_signed_original_that_is_no_pdf_is_refused() {
        RecordedDocument kb = signedKb();
        fixture.given(LAMANDAU.frameworkSigned())
                .when(archive(kb, kb.file().sha256(), "image/png", false), asRole("SECRETARIAT"))
                .expectException(refusedUnder(SIGNED_ORIGINAL_PDF));
    }

    @Test
    void only_a_role_that_records_the_document_archives_its_file() {
        RecordedDocument letter = offerLetter();
        fixture.given(LAMANDAU.offerSent())
                .when(archive(letter, letter.file().sha256(), "application/pdf", true), asRole("INSPECTOR"))
                .expectException(refusedUnder(ARCHIVED_BY_RECORDER));
    }

    @Test
    void a_document_the_cooperation_does_not_record_is_unknown() {
        fixture.given(LAMANDAU.offerSent())
                .when(new ArchiveDocumentFile(LAMANDAU.id, DocumentId.generate(), OTHER_SHA256, 1, "application/pdf", true),
                        asRole("SECRETARIAT"))
                .expectException(refusedUnder(UNKNOWN_DOCUMENT));
    }

    @Test
    void the_same_file_archived_again_records_nothing() {
        RecordedDocument letter = offerLetter();
        List<Object> archived = new ArrayList<>(LAMANDAU.offerSent());
        archived.add(new DocumentFileArchived(LAMANDAU.id, letter.documentId(), letter.file().sha256(), 2048, "application/pdf"));
        fixture.given(archived)
                .when(archive(letter, letter.file().sha256(), "application/pdf", true), asRole("SECRETARIAT"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
