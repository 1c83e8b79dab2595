package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.command.ImportSignedAgreement;
import id.kerjasama.cooperation.event.AgreementDrafted;
import id.kerjasama.cooperation.event.SignedAgreementImported;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/**
 * Agreements signed before the region adopted the system are imported as they were signed: the rules they break
 * are recorded as deviations for inspectors, not refused. Only a KB or an NK is imported.
 */
class ImportTest {

    private static final CooperationScenario PANGKALPINANG = PANGKALPINANG_POLTEKKES;
    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final String NOTE = "Diimpor dari arsip Bagian Kerja Sama";
    private static final DocumentReference SOURCE = file("berita-bangkapos-2025-04-25.pdf");

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static ImportSignedAgreement importOf(CooperationScenario scenario, CooperationType type, DocumentKind kind,
                                                 Signatory regionSide) {
        return new ImportSignedAgreement(scenario.id, type, scenario.reportedLabel, scenario.region, scenario.unit,
                scenario.partner, Set.of(GovernmentAffair.HEALTH), scenario.frameworkId, kind, "100.3.7/01/KS/2025",
                scenario.content(scenario.frameworkTerm), scenario.signatories(regionSide), scenario.frameworkSignedOn,
                scenario.signedAt, file("kesepakatan-bersama.pdf"), SOURCE, NOTE);
    }

    private static SignedAgreementImported imported(ImportSignedAgreement command, String... deviations) {
        return new SignedAgreementImported(command.cooperationId(), command.type(), command.reportedLabel(),
                command.initiatingRegion(), command.initiatingUnit(), command.partner(), command.affairs(),
                command.documentId(), command.kind(), command.documentNumber(), command.content(), command.signatories(),
                command.signedOn(), command.signedAt(), command.signedFile(), command.sourceDocument(), command.note(),
                List.of(deviations));
    }

    @Test
    void the_pangkalpinang_poltekkes_kb_is_imported_with_the_instrument_deviation() {
        // Poltekkes is a Ministry of Health work unit (SYNERGY, hence an NK), yet a kesepakatan bersama was signed
        ImportSignedAgreement kb = importOf(PANGKALPINANG, CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG.head);
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb, "INSTRUMENT_FITS_TYPE: a KB was signed for a SYNERGY cooperation, which uses a NK"));
    }

    @Test
    void an_agreement_that_meets_the_rules_is_imported_without_deviations() {
        ImportSignedAgreement kb = importOf(LAMANDAU, CooperationType.KSDPK, DocumentKind.KB, LAMANDAU.head);
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb));
    }

    @Test
    void a_signing_authority_deviation_is_recorded_not_refused() {
        ImportSignedAgreement kb = importOf(LAMANDAU, CooperationType.KSDPK, DocumentKind.KB,
                LAMANDAU.mandatedSignatory(LAMANDAU.mandatedOfficial.name()));
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb, "SIGNING_AUTHORITY: KB is signed for the region by the regional head or an acting head, not by "
                        + LAMANDAU.mandatedOfficial.name() + " as MANDATED_OFFICIAL"));
    }

    @Test
    void a_partner_kind_deviation_is_recorded_not_refused() {
        ImportSignedAgreement kb = importOf(PANGKALPINANG, CooperationType.KSDPK, DocumentKind.KB, PANGKALPINANG.head);
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb, "PARTNER_KIND_FITS_TYPE: a KSDPK cooperation needs a partner of kind "
                        + CooperationType.KSDPK.partnerKinds() + ", not VERTICAL_AGENCY"));
    }

    @Test
    void an_import_brings_in_a_kb_or_an_nk_not_a_pks() {
        fixture.givenNoPriorActivity()
                .when(importOf(LAMANDAU, CooperationType.KSDPK, DocumentKind.PKS, LAMANDAU.head), as(SECRETARIAT))
                .expectException(refusedUnder(IMPORT_FRAMEWORK_ONLY));
    }

    @Test
    void a_foreign_agreement_is_not_imported_yet() {
        ImportSignedAgreement foreign = importOf(LAMANDAU, CooperationType.KSDPL, DocumentKind.KB, LAMANDAU.head);
        fixture.givenNoPriorActivity()
                .when(foreign, as(SECRETARIAT))
                .expectException(refusedUnder(TYPE_SUPPORTED));
    }

    @Test
    void an_imported_kb_takes_its_pks_like_a_kb_signed_here() {
        ImportSignedAgreement kb = importOf(PANGKALPINANG, CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG.head);
        fixture.given(by(SECRETARIAT, imported(kb, "INSTRUMENT_FITS_TYPE: recorded on import")))
                .when(PANGKALPINANG.draft(PANGKALPINANG.implementingId, DocumentKind.PKS, PANGKALPINANG.frameworkId,
                        PANGKALPINANG.implementingTerm), as(UNIT_OFFICER))
                .expectEvents(new AgreementDrafted(PANGKALPINANG.id, PANGKALPINANG.implementingId, DocumentKind.PKS,
                        PANGKALPINANG.frameworkId, PANGKALPINANG.content(PANGKALPINANG.implementingTerm), null));
    }
}
