package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PreparationDocumentKind;
import id.kerjasama.cooperation.command.AppointLiaisonOfficer;
import id.kerjasama.cooperation.command.AttachPreparationDocument;
import id.kerjasama.cooperation.command.SubmitForAssessment;
import id.kerjasama.cooperation.event.LiaisonOfficerAppointed;
import id.kerjasama.cooperation.event.PreparationDocumentAttached;
import id.kerjasama.cooperation.event.SubmittedForAssessment;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Preparation (persiapan, "penjajakan"): who the partner may be, and what a submission to the TKKSD needs. */
class PreparationTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final Partner KABUPATEN_LAMANDAU_AS_PARTNER =
            new Partner(PartnerKind.REGION, "Kabupaten Lamandau", KABUPATEN_LAMANDAU, null, null);

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_regional_unit_initiates_a_ksdpk_with_a_business() {
        fixture.givenNoPriorActivity()
                .when(LAMANDAU.initiate(CooperationType.KSDPK, LAMANDAU.partner, Initiator.REGIONAL_UNIT), as(UNIT_OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(LAMANDAU.initiatedEvent());
    }

    @Test
    void a_mandatory_ksdd_is_agreed_with_a_bordering_region() {
        fixture.givenNoPriorActivity()
                .when(PANGKALPINANG_BANGKA.initiate(CooperationType.KSDD_MANDATORY, PANGKALPINANG_BANGKA.partner,
                        Initiator.REGIONAL_UNIT))
                .expectEvents(PANGKALPINANG_BANGKA.initiatedEvent());
    }

    @Test
    void a_mandatory_ksdd_needs_a_bordering_region() {
        fixture.givenNoPriorActivity()
                .when(PANGKALPINANG_BANGKA.initiate(CooperationType.KSDD_MANDATORY, KABUPATEN_LAMANDAU_AS_PARTNER,
                        Initiator.REGIONAL_UNIT))
                .expectNoEvents()
                .expectException(refusedUnder(PARTNER_REGION_BORDERS));
    }

    @Test
    void a_voluntary_ksdd_needs_no_border() {
        fixture.givenNoPriorActivity()
                .when(PANGKALPINANG_BANGKA.initiate(CooperationType.KSDD_VOLUNTARY, KABUPATEN_LAMANDAU_AS_PARTNER,
                        Initiator.REGIONAL_UNIT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_region_cannot_cooperate_with_itself() {
        fixture.givenNoPriorActivity()
                .when(LAMANDAU.initiate(CooperationType.KSDD_VOLUNTARY, KABUPATEN_LAMANDAU_AS_PARTNER, Initiator.REGIONAL_UNIT))
                .expectException(refusedUnder(PARTNER_REGION_DIFFERS));
    }

    @Test
    void the_partner_kind_must_fit_the_type() {
        // Poltekkes is a Ministry of Health work unit: a vertical agency, so a SYNERGY, not a KSDPK
        fixture.givenNoPriorActivity()
                .when(PANGKALPINANG_POLTEKKES.initiate(CooperationType.KSDPK, PANGKALPINANG_POLTEKKES.partner,
                        Initiator.REGIONAL_UNIT))
                .expectException(refusedUnder(PARTNER_KIND_FITS_TYPE));
    }

    @Test
    void foreign_cooperation_is_not_supported_yet() {
        fixture.givenNoPriorActivity()
                .when(LAMANDAU.initiate(CooperationType.KSDLL,
                        new Partner(PartnerKind.FOREIGN_INSTITUTION, "Universiti Malaysia Sarawak", null, null, "Malaysia"),
                        Initiator.REGIONAL_UNIT))
                .expectException(refusedUnder(TYPE_SUPPORTED));
    }

    @Test
    void a_third_party_may_initiate_a_ksdpk_by_its_offer() {
        fixture.givenNoPriorActivity()
                .when(LAMANDAU.initiate(CooperationType.KSDPK, LAMANDAU.partner, Initiator.PARTNER_OFFER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void only_a_third_party_initiates_by_an_offer() {
        fixture.givenNoPriorActivity()
                .when(PANGKALPINANG_POLTEKKES.initiate(CooperationType.SYNERGY, PANGKALPINANG_POLTEKKES.partner,
                        Initiator.PARTNER_OFFER))
                .expectException(refusedUnder(PARTNER_OFFER_FROM_THIRD_PARTY));
    }

    @Test
    void the_initiating_unit_appoints_its_liaison_officer() {
        Person officer = new Person("Yusuf Hidayat", "Kepala Subbagian Umum RSUD Gusti Abdul Gani Lamandau");
        fixture.given(LAMANDAU.initiated())
                .when(new AppointLiaisonOfficer(LAMANDAU.id, officer))
                .expectEvents(new LiaisonOfficerAppointed(LAMANDAU.id, officer));
    }

    @Test
    void a_liaison_officer_is_appointed_during_preparation_only() {
        fixture.given(LAMANDAU.submitted())
                .when(new AppointLiaisonOfficer(LAMANDAU.id, LAMANDAU.mandatedOfficial))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void the_terms_of_reference_are_attached_during_preparation() {
        fixture.given(LAMANDAU.initiated())
                .when(new AttachPreparationDocument(LAMANDAU.id, PreparationDocumentKind.TERMS_OF_REFERENCE, file("kak.pdf")))
                .expectEvents(new PreparationDocumentAttached(LAMANDAU.id, PreparationDocumentKind.TERMS_OF_REFERENCE,
                        file("kak.pdf")));
    }

    @Test
    void the_partner_offer_letter_belongs_to_a_partner_initiated_cooperation() {
        fixture.given(LAMANDAU.initiated())
                .when(new AttachPreparationDocument(LAMANDAU.id, PreparationDocumentKind.PARTNER_OFFER_LETTER,
                        file("surat-penawaran-cbi.pdf")))
                .expectException(refusedUnder(PREPARATION_DOCUMENT_FITS));
    }

    @Test
    void a_complete_preparation_is_submitted_to_the_tkksd() {
        fixture.given(LAMANDAU.prepared())
                .when(new SubmitForAssessment(LAMANDAU.id))
                .expectEvents(new SubmittedForAssessment(LAMANDAU.id));
    }

    @Test
    void a_ksdpk_is_not_submitted_without_its_feasibility_study() {
        fixture.given(then(LAMANDAU.initiated(),
                        new LiaisonOfficerAppointed(LAMANDAU.id, LAMANDAU.mandatedOfficial),
                        new PreparationDocumentAttached(LAMANDAU.id, PreparationDocumentKind.TERMS_OF_REFERENCE, file("kak.pdf"))))
                .when(new SubmitForAssessment(LAMANDAU.id))
                .expectException(refusedUnder(PREPARATION_COMPLETE));
    }

    @Test
    void a_submission_is_not_repeated() {
        fixture.given(LAMANDAU.submitted())
                .when(new SubmitForAssessment(LAMANDAU.id))
                .expectException(refusedUnder(STAGE_ORDER));
    }
}
