package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.SigningCapacity;
import id.kerjasama.cooperation.SigningParty;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import id.kerjasama.cooperation.command.SignAgreement;
import id.kerjasama.cooperation.event.AgreementDrafted;
import id.kerjasama.cooperation.event.DraftApproved;
import id.kerjasama.cooperation.event.DprdDecisionRecorded;
import id.kerjasama.cooperation.event.PowerOfAttorneyRevoked;
import id.kerjasama.cooperation.event.SignedDocumentRegistered;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Signing (and registering what was signed): who signs for the region, both parties, and the DPRD gate for a PKS. */
class SigningTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final CooperationScenario PANGKALPINANG = PANGKALPINANG_POLTEKKES;
    private static final DocumentId PKS = LAMANDAU.implementingId;
    private static final LocalDate PKS_SIGNED_ON = LAMANDAU.implementingSignedOn;
    private static final String DIRECTOR = LAMANDAU.mandatedOfficial.name();
    private static final SignAgreement PKS_SIGNED_BY_DIRECTOR = LAMANDAU.sign(PKS, PKS_SIGNED_ON, LAMANDAU.mandatedSignatory(DIRECTOR));

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** The KB signed, the PKS drafted and approved, but nothing known yet of the DPRD. */
    private static List<Object> pksApprovedAfter(List<Object> history) {
        return then(history, LAMANDAU.implementingDraftedEvent(), new DraftApproved(LAMANDAU.id, PKS));
    }

    /** The PKS approved and the Bupati's power of attorney to the hospital director, plus what follows. */
    private static List<Object> mandated(Object... more) {
        return then(then(LAMANDAU.implementingApproved(), LAMANDAU.powerOfAttorneyGranted(null)), more);
    }

    // ---- KB and NK

    @Test
    void the_bupati_and_the_partner_sign_the_approved_kb() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(LAMANDAU.sign(LAMANDAU.frameworkId, LAMANDAU.frameworkSignedOn, LAMANDAU.head))
                .expectEvents(LAMANDAU.signed(LAMANDAU.frameworkId, DocumentKind.KB, LAMANDAU.frameworkSignedOn, LAMANDAU.head));
    }

    @Test
    void an_acting_regional_head_signs_the_nk() {
        fixture.given(PANGKALPINANG.frameworkApproved())
                .when(PANGKALPINANG.sign(PANGKALPINANG.frameworkId, PANGKALPINANG.frameworkSignedOn, PANGKALPINANG.head))
                .expectEvents(PANGKALPINANG.signed(PANGKALPINANG.frameworkId, DocumentKind.NK,
                        PANGKALPINANG.frameworkSignedOn, PANGKALPINANG.head));
    }

    @Test
    void only_a_draft_approved_by_the_tkksd_is_signed() {
        fixture.given(LAMANDAU.frameworkDrafted())
                .when(LAMANDAU.sign(LAMANDAU.frameworkId, LAMANDAU.frameworkSignedOn, LAMANDAU.head))
                .expectException(refusedUnder(DRAFT_APPROVED_BEFORE_SIGNING));
    }

    @Test
    void a_signed_document_is_not_signed_again() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(LAMANDAU.sign(LAMANDAU.frameworkId, LAMANDAU.frameworkSignedOn, LAMANDAU.head))
                .expectException(refusedUnder(SIGNED_DOCUMENT_IMMUTABLE));
    }

    @Test
    void both_the_region_and_the_partner_sign() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(new SignAgreement(LAMANDAU.id, LAMANDAU.frameworkId, "100.3.7/01/KS/2025", List.of(LAMANDAU.head),
                        LAMANDAU.frameworkSignedOn, LAMANDAU.signedAt, file("kb.pdf")))
                .expectException(refusedUnder(SIGNATORIES_BOTH_PARTIES));
    }

    @Test
    void a_kb_is_signed_by_the_regional_head_not_under_a_power_of_attorney() {
        fixture.given(then(LAMANDAU.frameworkApproved(), LAMANDAU.powerOfAttorneyGranted(null)))
                .when(LAMANDAU.sign(LAMANDAU.frameworkId, LAMANDAU.frameworkSignedOn, LAMANDAU.mandatedSignatory(DIRECTOR)))
                .expectException(refusedUnder(SIGNING_AUTHORITY));
    }

    @Test
    void a_rencana_kerja_is_signed_after_its_nk() {
        fixture.given(then(PANGKALPINANG.frameworkApproved(), PANGKALPINANG.implementingDraftedEvent(),
                        new DraftApproved(PANGKALPINANG.id, PANGKALPINANG.implementingId)))
                .when(PANGKALPINANG.sign(PANGKALPINANG.implementingId, PANGKALPINANG.implementingSignedOn, PANGKALPINANG.head))
                .expectException(refusedUnder(PARENT_DOCUMENT));
    }

    @Test
    void the_rencana_kerja_is_signed_under_the_signed_nk() {
        fixture.given(PANGKALPINANG.implementingApproved())
                .when(PANGKALPINANG.sign(PANGKALPINANG.implementingId, PANGKALPINANG.implementingSignedOn, PANGKALPINANG.head))
                .expectEvents(PANGKALPINANG.signed(PANGKALPINANG.implementingId, DocumentKind.RENCANA_KERJA,
                        PANGKALPINANG.implementingSignedOn, PANGKALPINANG.head));
    }

    // ---- The DPRD gate

    @Test
    void a_pks_is_signed_when_dprd_approval_is_not_required() {
        fixture.given(LAMANDAU.implementingApproved())
                .when(LAMANDAU.sign(PKS, PKS_SIGNED_ON, LAMANDAU.head))
                .expectEvents(LAMANDAU.signed(PKS, DocumentKind.PKS, PKS_SIGNED_ON, LAMANDAU.head));
    }

    @Test
    void a_pks_is_not_signed_before_it_is_known_whether_the_dprd_must_approve() {
        fixture.given(pksApprovedAfter(LAMANDAU.frameworkSigned()))
                .when(LAMANDAU.sign(PKS, PKS_SIGNED_ON, LAMANDAU.head))
                .expectException(refusedUnder(DPRD_GATE));
    }

    @Test
    void a_pks_is_not_signed_while_dprd_approval_is_pending() {
        fixture.given(pksApprovedAfter(LAMANDAU.dprdPending()))
                .when(LAMANDAU.sign(PKS, PKS_SIGNED_ON, LAMANDAU.head))
                .expectException(refusedUnder(DPRD_GATE));
    }

    @Test
    void a_pks_is_signed_once_the_dprd_approved() {
        fixture.given(pksApprovedAfter(then(LAMANDAU.dprdPending(),
                        new DprdDecisionRecorded(LAMANDAU.id, DprdDecision.APPROVED, LocalDate.of(2025, 8, 20), file("keputusan-dprd.pdf"), null))))
                .when(LAMANDAU.sign(PKS, PKS_SIGNED_ON, LAMANDAU.head))
                .expectSuccessfulHandlerExecution()
                .expectEvents(LAMANDAU.signed(PKS, DocumentKind.PKS, PKS_SIGNED_ON, LAMANDAU.head));
    }

    @Test
    void an_adendum_to_a_pks_passes_the_dprd_gate_too() {
        DocumentId adendum = DocumentId.of(uuid("lamandau-cbi/adendum-pks"));
        fixture.given(then(pksApprovedAfter(LAMANDAU.dprdPending()),
                        by(UNIT_OFFICER, new AgreementDrafted(LAMANDAU.id, adendum, DocumentKind.ADENDUM, PKS,
                                LAMANDAU.content(LAMANDAU.implementingTerm), "Perubahan ruang lingkup")),
                        new DraftApproved(LAMANDAU.id, adendum)))
                .when(LAMANDAU.sign(adendum, PKS_SIGNED_ON, LAMANDAU.head))
                .expectException(refusedUnder(DPRD_GATE));
    }

    // ---- Powers of attorney (surat kuasa)

    @Test
    void the_hospital_director_signs_the_pks_under_a_valid_power_of_attorney() {
        fixture.given(mandated())
                .when(PKS_SIGNED_BY_DIRECTOR)
                .expectEvents(LAMANDAU.signed(PKS, DocumentKind.PKS, PKS_SIGNED_ON, LAMANDAU.mandatedSignatory(DIRECTOR)));
    }

    @Test
    void a_revoked_power_of_attorney_authorises_no_signature() {
        fixture.given(mandated(new PowerOfAttorneyRevoked(LAMANDAU.id, LAMANDAU.powerOfAttorneyId, LocalDate.of(2025, 8, 25),
                        "Pergantian direktur RSUD")))
                .when(PKS_SIGNED_BY_DIRECTOR)
                .expectException(refusedUnder(SIGNING_AUTHORITY));
    }

    @Test
    void a_power_of_attorney_authorises_only_while_it_is_valid() {
        fixture.given(mandated())
                .when(LAMANDAU.sign(PKS, LocalDate.of(2026, 1, 5), LAMANDAU.mandatedSignatory(DIRECTOR)))
                .expectException(refusedUnder(SIGNING_AUTHORITY));
    }

    @Test
    void a_power_of_attorney_for_one_pks_does_not_cover_another() {
        DocumentId otherPks = DocumentId.of(uuid("lamandau-cbi/pks-ketenagakerjaan"));
        fixture.given(then(LAMANDAU.implementingApproved(),
                        by(UNIT_OFFICER, new AgreementDrafted(LAMANDAU.id, otherPks, DocumentKind.PKS, LAMANDAU.frameworkId,
                                LAMANDAU.content(LAMANDAU.implementingTerm), null)),
                        LAMANDAU.powerOfAttorneyGranted(otherPks)))
                .when(PKS_SIGNED_BY_DIRECTOR)
                .expectException(refusedUnder(SIGNING_AUTHORITY));
    }

    @Test
    void only_the_grantee_signs_under_a_power_of_attorney() {
        fixture.given(mandated())
                .when(LAMANDAU.sign(PKS, PKS_SIGNED_ON, LAMANDAU.mandatedSignatory("Budi Santoso")))
                .expectException(refusedUnder(SIGNING_AUTHORITY));
    }

    @Test
    void a_power_of_attorney_must_belong_to_this_cooperation() {
        Signatory underUnknownPower = new Signatory(SigningParty.REGION, DIRECTOR, LAMANDAU.mandatedOfficial.position(),
                SigningCapacity.MANDATED_OFFICIAL, PowerOfAttorneyId.of(uuid("surat-kuasa-lain")));
        fixture.given(mandated())
                .when(LAMANDAU.sign(PKS, PKS_SIGNED_ON, underUnknownPower))
                .expectException(refusedUnder(UNKNOWN_POWER_OF_ATTORNEY));
    }

    // ---- Administration (penatausahaan)

    @Test
    void the_secretariat_registers_a_signed_document() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(new RegisterSignedDocument(LAMANDAU.id, LAMANDAU.frameworkId, "KS/001/2025", "Arsip Bagian Kerja Sama, lemari 2"))
                .expectEvents(new SignedDocumentRegistered(LAMANDAU.id, LAMANDAU.frameworkId, "KS/001/2025",
                        "Arsip Bagian Kerja Sama, lemari 2"));
    }

    @Test
    void only_a_signed_document_is_registered() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(new RegisterSignedDocument(LAMANDAU.id, LAMANDAU.frameworkId, "KS/001/2025", "Arsip Bagian Kerja Sama"))
                .expectException(refusedUnder(REGISTER_SIGNED_ONLY));
    }

    @Test
    void a_document_is_registered_once() {
        fixture.given(then(LAMANDAU.frameworkSigned(),
                        new SignedDocumentRegistered(LAMANDAU.id, LAMANDAU.frameworkId, "KS/001/2025", "Arsip Bagian Kerja Sama")))
                .when(new RegisterSignedDocument(LAMANDAU.id, LAMANDAU.frameworkId, "KS/002/2025", "Arsip Bagian Kerja Sama"))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void only_a_document_of_this_cooperation_is_registered() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(new RegisterSignedDocument(LAMANDAU.id, LAMANDAU.implementingId, "KS/001/2025", "Arsip Bagian Kerja Sama"))
                .expectException(refusedUnder(UNKNOWN_DOCUMENT));
    }
}
