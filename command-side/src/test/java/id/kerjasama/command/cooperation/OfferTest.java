package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.PartnerAnswer;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.command.RecordPartnerAnswer;
import id.kerjasama.cooperation.command.SendOffer;
import id.kerjasama.cooperation.event.OfferSent;
import id.kerjasama.cooperation.event.PartnerAnswerRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Offer (penawaran): the regional head's offer letter, and the partner's answer. */
class OfferTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final LocalDate SENT_ON = LocalDate.of(2025, 6, 2);

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private SendOffer offerSignedBy(Signatory signatory) {
        return new SendOffer(LAMANDAU.id, file("surat-penawaran.pdf"), signatory, SENT_ON);
    }

    private RecordPartnerAnswer answer(PartnerAnswer answer) {
        return new RecordPartnerAnswer(LAMANDAU.id, answer, SENT_ON.plusDays(10), file("jawaban-cbi.pdf"));
    }

    @Test
    void the_bupati_sends_the_offer_letter() {
        fixture.given(LAMANDAU.assessedFeasible())
                .when(offerSignedBy(LAMANDAU.head), as(SECRETARIAT))
                .expectEvents(new OfferSent(LAMANDAU.id, file("surat-penawaran.pdf"), LAMANDAU.head, SENT_ON));
    }

    @Test
    void an_offer_letter_is_signed_by_the_regional_head_or_an_acting_head() {
        fixture.given(LAMANDAU.assessedFeasible())
                .when(offerSignedBy(LAMANDAU.mandatedSignatory(LAMANDAU.mandatedOfficial.name())), as(SECRETARIAT))
                .expectException(refusedUnder(SIGNING_AUTHORITY));
    }

    @Test
    void no_offer_before_a_feasible_assessment() {
        fixture.given(LAMANDAU.assessing())
                .when(offerSignedBy(LAMANDAU.head), as(SECRETARIAT))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void an_offer_is_sent_once() {
        fixture.given(LAMANDAU.offerSent())
                .when(offerSignedBy(LAMANDAU.head), as(SECRETARIAT))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void the_partner_accepts_the_offer() {
        fixture.given(LAMANDAU.offerSent())
                .when(answer(PartnerAnswer.ACCEPTED))
                .expectEvents(new PartnerAnswerRecorded(LAMANDAU.id, PartnerAnswer.ACCEPTED, SENT_ON.plusDays(10), file("jawaban-cbi.pdf")));
    }

    @Test
    void no_answer_before_an_offer_is_sent() {
        fixture.given(LAMANDAU.assessedFeasible())
                .when(answer(PartnerAnswer.ACCEPTED))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void a_declined_offer_ends_the_cooperation() {
        fixture.given(then(LAMANDAU.offerSent(), new PartnerAnswerRecorded(LAMANDAU.id, PartnerAnswer.DECLINED, SENT_ON, null)))
                .when(LAMANDAU.draft(LAMANDAU.frameworkId, LAMANDAU.frameworkKind, null, LAMANDAU.frameworkTerm), as(SECRETARIAT))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }
}
