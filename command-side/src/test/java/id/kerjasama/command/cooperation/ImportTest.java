package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.command.DetermineDprdApprovalRequirement;
import id.kerjasama.cooperation.command.ImportSignedAgreement;
import id.kerjasama.cooperation.command.StartImplementation;
import id.kerjasama.cooperation.event.AgreementDrafted;
import id.kerjasama.cooperation.event.DraftApproved;
import id.kerjasama.cooperation.event.ImplementationStarted;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/**
 * Agreements signed before the region adopted the system are imported as they were signed: the rules they break
 * are recorded as deviations for inspectors, not refused. Only a KB or an NK is imported.
 */
class ImportTest {

    private static final CooperationScenario PANGKALPINANG = PANGKALPINANG_POLTEKKES;
    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void the_pangkalpinang_poltekkes_kb_is_imported_with_the_instrument_deviation() {
        // Poltekkes is a Ministry of Health work unit (SYNERGY, hence an NK), yet a kesepakatan bersama was signed
        ImportSignedAgreement kb = PANGKALPINANG.importOf(CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG.head);
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb, "INSTRUMENT_FITS_TYPE: a KB was signed for a SYNERGY cooperation, which uses a NK"));
    }

    @Test
    void an_agreement_that_meets_the_rules_is_imported_without_deviations() {
        ImportSignedAgreement kb = LAMANDAU.importOf(CooperationType.KSDPK, DocumentKind.KB, LAMANDAU.head);
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb));
    }

    @Test
    void a_signing_authority_deviation_is_recorded_not_refused() {
        ImportSignedAgreement kb = LAMANDAU.importOf(CooperationType.KSDPK, DocumentKind.KB,
                LAMANDAU.mandatedSignatory(LAMANDAU.mandatedOfficial.name()));
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb, "SIGNING_AUTHORITY: KB is signed for the region by the regional head or an acting head, not by "
                        + LAMANDAU.mandatedOfficial.name() + " as MANDATED_OFFICIAL"));
    }

    @Test
    void a_partner_kind_deviation_is_recorded_not_refused() {
        ImportSignedAgreement kb = PANGKALPINANG.importOf(CooperationType.KSDPK, DocumentKind.KB, PANGKALPINANG.head);
        fixture.givenNoPriorActivity()
                .when(kb, as(SECRETARIAT))
                .expectEvents(imported(kb, "PARTNER_KIND_FITS_TYPE: a KSDPK cooperation needs a partner of kind "
                        + CooperationType.KSDPK.partnerKinds() + ", not VERTICAL_AGENCY"));
    }

    @Test
    void an_import_brings_in_a_kb_or_an_nk_not_a_pks() {
        fixture.givenNoPriorActivity()
                .when(LAMANDAU.importOf(CooperationType.KSDPK, DocumentKind.PKS, LAMANDAU.head), as(SECRETARIAT))
                .expectException(refusedUnder(IMPORT_FRAMEWORK_ONLY));
    }

    @Test
    void a_foreign_agreement_is_not_imported_yet() {
        ImportSignedAgreement foreign = LAMANDAU.importOf(CooperationType.KSDPL, DocumentKind.KB, LAMANDAU.head);
        fixture.givenNoPriorActivity()
                .when(foreign, as(SECRETARIAT))
                .expectException(refusedUnder(TYPE_SUPPORTED));
    }

    @Test
    void an_imported_kb_takes_its_pks_like_a_kb_signed_here() {
        ImportSignedAgreement kb = PANGKALPINANG.importOf(CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG.head);
        fixture.given(by(SECRETARIAT, imported(kb, "INSTRUMENT_FITS_TYPE: recorded on import")))
                .when(PANGKALPINANG.draft(PANGKALPINANG.implementingId, DocumentKind.PKS, PANGKALPINANG.frameworkId,
                        PANGKALPINANG.implementingTerm), as(UNIT_OFFICER))
                .expectEvents(new AgreementDrafted(PANGKALPINANG.id, PANGKALPINANG.implementingId, DocumentKind.PKS,
                        PANGKALPINANG.frameworkId, PANGKALPINANG.content(PANGKALPINANG.implementingTerm), null));
    }

    @Test
    void an_imported_synergy_has_no_dprd_stage_and_stands_in_memorandum() {
        // the seed: a KB signed on 25 April 2025 by the acting mayor M. Unu Ibnudin with Poltekkes Kemenkes
        ImportSignedAgreement kb = PANGKALPINANG.importOf(CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG.head);
        fixture.given(by(SECRETARIAT, imported(kb, "INSTRUMENT_FITS_TYPE: recorded on import")))
                .when(new DetermineDprdApprovalRequirement(PANGKALPINANG.id, true, false, null), as(SECRETARIAT))
                .expectException(refusedUnder(STAGE_ORDER))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("the cooperation is in MEMORANDUM"));
    }

    @Test
    void an_imported_synergy_kb_is_implemented_once_its_pks_is_signed_without_the_dprd() {
        ImportSignedAgreement kb = PANGKALPINANG.importOf(CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG.head);
        fixture.given(by(SECRETARIAT, imported(kb, "INSTRUMENT_FITS_TYPE: recorded on import")),
                        by(UNIT_OFFICER, new AgreementDrafted(PANGKALPINANG.id, PANGKALPINANG.implementingId, DocumentKind.PKS,
                                PANGKALPINANG.frameworkId, PANGKALPINANG.content(PANGKALPINANG.implementingTerm), null)),
                        by(TKKSD, new DraftApproved(PANGKALPINANG.id, PANGKALPINANG.implementingId)))
                .when(PANGKALPINANG.sign(PANGKALPINANG.implementingId, PANGKALPINANG.implementingSignedOn, PANGKALPINANG.head),
                        as(SECRETARIAT))
                .expectEvents(PANGKALPINANG.signed(PANGKALPINANG.implementingId, DocumentKind.PKS,
                        PANGKALPINANG.implementingSignedOn, PANGKALPINANG.head));
        fixture.given(by(SECRETARIAT, imported(kb, "INSTRUMENT_FITS_TYPE: recorded on import")),
                        by(UNIT_OFFICER, new AgreementDrafted(PANGKALPINANG.id, PANGKALPINANG.implementingId, DocumentKind.PKS,
                                PANGKALPINANG.frameworkId, PANGKALPINANG.content(PANGKALPINANG.implementingTerm), null)),
                        by(TKKSD, new DraftApproved(PANGKALPINANG.id, PANGKALPINANG.implementingId)),
                        by(SECRETARIAT, PANGKALPINANG.signed(PANGKALPINANG.implementingId, DocumentKind.PKS,
                                PANGKALPINANG.implementingSignedOn, PANGKALPINANG.head)))
                .when(new StartImplementation(PANGKALPINANG.id, PANGKALPINANG.implementingSignedOn), as(UNIT_OFFICER))
                .expectEvents(new ImplementationStarted(PANGKALPINANG.id, PANGKALPINANG.implementingSignedOn));
    }
}
