package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.ApproveDraft;
import id.kerjasama.cooperation.command.RejectDraft;
import id.kerjasama.cooperation.command.ReviseDraft;
import id.kerjasama.cooperation.event.AgreementDrafted;
import id.kerjasama.cooperation.event.DraftApproved;
import id.kerjasama.cooperation.event.DraftRejected;
import id.kerjasama.cooperation.event.DraftRevised;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Drafting, revising, approving and rejecting documents: which instrument, which parent, which term, who approves. */
class DraftingTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final CooperationScenario PANGKALPINANG = PANGKALPINANG_POLTEKKES;
    private static final DocumentId OTHER_DOCUMENT = DocumentId.of(uuid("lamandau-cbi/dokumen-lain"));
    private static final Term KB_TERM = LAMANDAU.frameworkTerm;
    private static final ApproveDraft APPROVE_KB = new ApproveDraft(LAMANDAU.id, LAMANDAU.frameworkId);
    private static final DraftApproved KB_APPROVED = new DraftApproved(LAMANDAU.id, LAMANDAU.frameworkId);
    private static final DraftRejected KB_REJECTED = new DraftRejected(LAMANDAU.id, LAMANDAU.frameworkId,
            "Lengkapi hak dan kewajiban");

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static Object kbRevisedBy(String actor) {
        return by(actor, new DraftRevised(LAMANDAU.id, LAMANDAU.frameworkId, LAMANDAU.content(KB_TERM), null));
    }

    private ReviseDraft revise(DocumentId documentId, Term term) {
        return new ReviseDraft(LAMANDAU.id, documentId, LAMANDAU.content(term), "Penyesuaian jangka waktu");
    }

    // ---- Drafting

    @Test
    void the_secretariat_drafts_the_kb_once_the_partner_accepted() {
        fixture.given(LAMANDAU.offerAccepted())
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, DocumentKind.KB, null, KB_TERM), as(SECRETARIAT))
                .expectEvents(new AgreementDrafted(LAMANDAU.id, LAMANDAU.frameworkId, DocumentKind.KB, null,
                        LAMANDAU.content(KB_TERM), null));
    }

    @Test
    void no_kb_is_drafted_before_the_partner_accepts_the_offer() {
        fixture.given(LAMANDAU.offerSent())
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, DocumentKind.KB, null, KB_TERM), as(SECRETARIAT))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void a_synergy_is_agreed_in_an_nk_not_a_kb() {
        fixture.given(PANGKALPINANG.assessedFeasible())
                .when(PANGKALPINANG.draft(PANGKALPINANG.frameworkId, DocumentKind.KB, null, PANGKALPINANG.frameworkTerm))
                .expectException(refusedUnder(INSTRUMENT_FITS_TYPE));
    }

    @Test
    void a_synergy_has_a_rencana_kerja_not_a_pks() {
        fixture.given(PANGKALPINANG.frameworkSigned())
                .when(PANGKALPINANG.draft(PANGKALPINANG.implementingId, DocumentKind.PKS, PANGKALPINANG.frameworkId,
                        PANGKALPINANG.implementingTerm))
                .expectException(refusedUnder(INSTRUMENT_FITS_TYPE));
    }

    @Test
    void a_ksdpk_is_agreed_in_a_kb_not_an_nk() {
        fixture.given(LAMANDAU.offerAccepted())
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, DocumentKind.NK, null, KB_TERM))
                .expectException(refusedUnder(INSTRUMENT_FITS_TYPE));
    }

    @Test
    void a_synergy_drafts_its_nk_right_after_a_feasible_assessment() {
        fixture.given(PANGKALPINANG.assessedFeasible())
                .when(PANGKALPINANG.draft(PANGKALPINANG.frameworkId, DocumentKind.NK, null, PANGKALPINANG.frameworkTerm))
                .expectEvents(new AgreementDrafted(PANGKALPINANG.id, PANGKALPINANG.frameworkId, DocumentKind.NK, null,
                        PANGKALPINANG.content(PANGKALPINANG.frameworkTerm), null));
    }

    @Test
    void a_cooperation_has_one_kb() {
        fixture.given(LAMANDAU.frameworkDrafted())
                .when(LAMANDAU.draft(OTHER_DOCUMENT, DocumentKind.KB, null, KB_TERM), as(SECRETARIAT))
                .expectException(refusedUnder(ONE_FRAMEWORK_DOCUMENT));
    }

    @Test
    void a_kb_has_no_parent_document() {
        fixture.given(LAMANDAU.offerAccepted())
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, DocumentKind.KB, OTHER_DOCUMENT, KB_TERM), as(SECRETARIAT))
                .expectException(refusedUnder(PARENT_DOCUMENT));
    }

    @Test
    void the_unit_drafts_a_pks_under_the_signed_kb() {
        fixture.given(LAMANDAU.dprdCleared())
                .when(LAMANDAU.draft(LAMANDAU.implementingId, DocumentKind.PKS, LAMANDAU.frameworkId, LAMANDAU.implementingTerm),
                        as(UNIT_OFFICER))
                .expectEvents(new AgreementDrafted(LAMANDAU.id, LAMANDAU.implementingId, DocumentKind.PKS,
                        LAMANDAU.frameworkId, LAMANDAU.content(LAMANDAU.implementingTerm), null));
    }

    @Test
    void a_pks_names_the_kb_as_its_parent() {
        fixture.given(LAMANDAU.implementingDrafted())
                .when(LAMANDAU.draft(OTHER_DOCUMENT, DocumentKind.PKS, LAMANDAU.implementingId, LAMANDAU.implementingTerm),
                        as(UNIT_OFFICER))
                .expectException(refusedUnder(PARENT_DOCUMENT));
    }

    @Test
    void a_pks_lies_within_the_term_of_its_kb() {
        Term beyondKb = term(LocalDate.of(2029, 1, 1), LocalDate.of(2031, 12, 31));
        fixture.given(LAMANDAU.dprdCleared())
                .when(LAMANDAU.draft(LAMANDAU.implementingId, DocumentKind.PKS, LAMANDAU.frameworkId, beyondKb), as(UNIT_OFFICER))
                .expectException(refusedUnder(TERM_WITHIN_FRAMEWORK));
    }

    @Test
    void a_term_is_at_most_five_years() {
        Term fiveYearsAndADay = term(KB_TERM.start(), KB_TERM.end().plusDays(1));
        fixture.given(LAMANDAU.offerAccepted())
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, DocumentKind.KB, null, fiveYearsAndADay), as(SECRETARIAT))
                .expectException(refusedUnder(TERM_MAXIMUM));
    }

    @Test
    void a_longer_term_is_allowed_with_a_recorded_legal_exception() {
        Term tenYears = new Term(KB_TERM.start(), KB_TERM.end().plusYears(5), "Perpres 38/2015 tentang KPBU, pasal 32");
        fixture.given(LAMANDAU.offerAccepted())
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, DocumentKind.KB, null, tenYears), as(SECRETARIAT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_adendum_is_drafted_by_amending_a_signed_document() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(LAMANDAU.draft(OTHER_DOCUMENT, DocumentKind.ADENDUM, LAMANDAU.implementingId, LAMANDAU.implementingTerm))
                .expectException(refusedUnder(AMEND_SIGNED_ORIGINAL));
    }

    @Test
    void a_document_id_is_not_drafted_twice() {
        // a new draft must never replace a document already in the cooperation, least of all the signed KB
        fixture.given(LAMANDAU.dprdCleared())
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, DocumentKind.PKS, LAMANDAU.frameworkId, LAMANDAU.implementingTerm),
                        as(UNIT_OFFICER))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    // ---- Revising

    @Test
    void a_draft_is_revised_before_signing() {
        fixture.given(LAMANDAU.frameworkDrafted())
                .when(revise(LAMANDAU.frameworkId, KB_TERM), as(SECRETARIAT))
                .expectEvents(new DraftRevised(LAMANDAU.id, LAMANDAU.frameworkId, LAMANDAU.content(KB_TERM),
                        "Penyesuaian jangka waktu"));
    }

    @Test
    void a_signed_document_is_not_revised() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(revise(LAMANDAU.frameworkId, KB_TERM), as(SECRETARIAT))
                .expectException(refusedUnder(SIGNED_DOCUMENT_IMMUTABLE));
    }

    @Test
    void a_revised_pks_still_lies_within_its_kb() {
        fixture.given(LAMANDAU.implementingDrafted())
                .when(revise(LAMANDAU.implementingId, term(KB_TERM.start().minusMonths(1), KB_TERM.start().plusYears(1))), as(UNIT_OFFICER))
                .expectException(refusedUnder(TERM_WITHIN_FRAMEWORK));
    }

    @Test
    void only_a_document_of_this_cooperation_is_revised() {
        fixture.given(LAMANDAU.frameworkDrafted())
                .when(revise(OTHER_DOCUMENT, KB_TERM), as(SECRETARIAT))
                .expectException(refusedUnder(UNKNOWN_DOCUMENT));
    }

    // ---- Approving

    @Test
    void the_tkksd_approves_a_draft() {
        fixture.given(LAMANDAU.frameworkDrafted())
                .when(APPROVE_KB, as(TKKSD))
                .expectEvents(KB_APPROVED);
    }

    @Test
    void whoever_drafted_may_not_approve_the_draft() {
        fixture.given(LAMANDAU.frameworkDrafted())
                .when(APPROVE_KB, as(SECRETARIAT))
                .expectException(refusedUnder(SEPARATION_OF_DUTIES));
    }

    @Test
    void whoever_revised_may_not_approve_the_draft() {
        fixture.given(then(LAMANDAU.frameworkDrafted(), kbRevisedBy(TKKSD)))
                .when(APPROVE_KB, as(TKKSD))
                .expectException(refusedUnder(SEPARATION_OF_DUTIES));
    }

    @Test
    void a_rejected_draft_must_be_revised_before_it_is_approved() {
        fixture.given(then(LAMANDAU.frameworkDrafted(), KB_REJECTED))
                .when(APPROVE_KB, as(TKKSD))
                .expectException(refusedUnder(DRAFT_REVISED_AFTER_REJECTION));
    }

    @Test
    void a_revised_draft_is_approved_after_a_rejection() {
        fixture.given(then(LAMANDAU.frameworkDrafted(), KB_REJECTED, kbRevisedBy(SECRETARIAT)))
                .when(APPROVE_KB, as(TKKSD))
                .expectEvents(KB_APPROVED);
    }

    @Test
    void a_draft_is_approved_once() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(APPROVE_KB, as(TKKSD))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    // ---- Rejecting

    @Test
    void the_tkksd_rejects_a_draft() {
        fixture.given(LAMANDAU.frameworkDrafted())
                .when(new RejectDraft(LAMANDAU.id, LAMANDAU.frameworkId, "Ruang lingkup terlalu umum"), as(TKKSD))
                .expectEvents(new DraftRejected(LAMANDAU.id, LAMANDAU.frameworkId, "Ruang lingkup terlalu umum"));
    }

    @Test
    void a_signed_document_is_not_rejected() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(new RejectDraft(LAMANDAU.id, LAMANDAU.frameworkId, "Ruang lingkup terlalu umum"), as(TKKSD))
                .expectException(refusedUnder(SIGNED_DOCUMENT_IMMUTABLE));
    }
}
