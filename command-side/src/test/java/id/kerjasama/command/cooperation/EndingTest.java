package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.ExpireCooperation;
import id.kerjasama.cooperation.command.ProposeExtension;
import id.kerjasama.cooperation.command.TerminateCooperation;
import id.kerjasama.cooperation.command.WithdrawCooperation;
import id.kerjasama.cooperation.event.CooperationExpired;
import id.kerjasama.cooperation.event.CooperationInitiated;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.CooperationWithdrawn;
import id.kerjasama.cooperation.event.ExtensionProposed;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** The end: termination for an accepted reason, expiry after the term, withdrawal before signing, and extension. */
class EndingTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final LocalDate KB_LAST_DAY = LAMANDAU.frameworkTerm.end();
    private static final LocalDate EFFECTIVE_ON = LocalDate.of(2026, 2, 28);
    private static final CooperationId SUCCESSOR = CooperationId.of(uuid("lamandau-cbi/perpanjangan"));
    private static final String RATIONALE = "Layanan kesehatan karyawan berlanjut setelah masa berlaku KB";

    private final FixtureConfiguration<Cooperation> fixture = fixture();

    private static TerminateCooperation terminate(TerminationReason reason) {
        return new TerminateCooperation(LAMANDAU.id, reason, EFFECTIVE_ON, "Disepakati dalam rapat TKKSD");
    }

    private static ProposeExtension extend() {
        return new ProposeExtension(LAMANDAU.id, SUCCESSOR, LAMANDAU.title + " (perpanjangan)", RATIONALE);
    }

    /** Active, and the KB shortened by a signed adendum to end on {@code lastDay}. */
    private static List<Object> kbShortenedTo(LocalDate lastDay) {
        DocumentId adendum = DocumentId.of(uuid("lamandau-cbi/adendum-kb"));
        List<Object> approved = then(LAMANDAU.active(),
                LAMANDAU.frameworkAdendumApproved(adendum, term(LAMANDAU.frameworkTerm.start(), lastDay)));
        return then(approved, LAMANDAU.signed(adendum, DocumentKind.ADENDUM, LocalDate.of(2026, 1, 12), LAMANDAU.head));
    }

    // ---- Extension

    @Test
    void an_extension_cannot_take_the_id_of_another_cooperation() {
        fixture.given(LAMANDAU.active())
                .when(new ProposeExtension(LAMANDAU.id, TAKEN_ID, LAMANDAU.title + " (perpanjangan)", RATIONALE),
                        as(SECRETARIAT))
                .expectException(AggregateStreamCreationException.class)
                .expectNoEvents();
    }

    // ---- Termination

    @Test
    void a_signed_cooperation_is_terminated_by_mutual_agreement() {
        fixture.given(LAMANDAU.active())
                .when(terminate(TerminationReason.MUTUAL_AGREEMENT), as(SECRETARIAT))
                .expectEvents(new CooperationTerminated(LAMANDAU.id, TerminationReason.MUTUAL_AGREEMENT, EFFECTIVE_ON,
                        "Disepakati dalam rapat TKKSD"));
    }

    @Test
    void termination_needs_a_reason_from_the_accepted_list() {
        CooperationRules mutualAgreementOnly = new CooperationRules(5, 45,
                EnumSet.of(TerminationReason.MUTUAL_AGREEMENT, TerminationReason.PURPOSE_ACHIEVED), List.of());
        fixture(mutualAgreementOnly)
                .given(LAMANDAU.active())
                .when(terminate(TerminationReason.NEW_LAW), as(SECRETARIAT))
                .expectException(refusedUnder(TERMINATION_REASON_ACCEPTED));
    }

    @Test
    void an_unsigned_cooperation_is_withdrawn_not_terminated() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(terminate(TerminationReason.MUTUAL_AGREEMENT), as(SECRETARIAT))
                .expectException(refusedUnder(NOTHING_SIGNED));
    }

    @Test
    void an_ended_cooperation_is_not_terminated_again() {
        fixture.given(then(LAMANDAU.active(), new CooperationTerminated(LAMANDAU.id, TerminationReason.FORCE_MAJEURE,
                        EFFECTIVE_ON, "Banjir")))
                .when(terminate(TerminationReason.MUTUAL_AGREEMENT), as(SECRETARIAT))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }

    // ---- Expiry

    @Test
    void a_cooperation_expires_after_the_last_day_of_its_term() {
        fixtureOn(KB_LAST_DAY.plusDays(1))
                .given(LAMANDAU.active())
                .when(new ExpireCooperation(LAMANDAU.id))
                .expectEvents(new CooperationExpired(LAMANDAU.id, KB_LAST_DAY));
    }

    @Test
    void a_cooperation_does_not_expire_on_the_last_day_of_its_term() {
        fixtureOn(KB_LAST_DAY)
                .given(LAMANDAU.active())
                .when(new ExpireCooperation(LAMANDAU.id))
                .expectException(refusedUnder(TERM_OVER));
    }

    @Test
    void the_term_in_force_is_the_one_a_signed_adendum_set() {
        LocalDate shortenedLastDay = LocalDate.of(2028, 6, 30);
        fixtureOn(shortenedLastDay.plusDays(1))
                .given(kbShortenedTo(shortenedLastDay))
                .when(new ExpireCooperation(LAMANDAU.id))
                .expectEvents(new CooperationExpired(LAMANDAU.id, shortenedLastDay));
    }

    @Test
    void an_unsigned_cooperation_does_not_expire() {
        fixtureOn(KB_LAST_DAY.plusDays(1))
                .given(LAMANDAU.frameworkApproved())
                .when(new ExpireCooperation(LAMANDAU.id))
                .expectException(refusedUnder(NOTHING_SIGNED));
    }

    // ---- Withdrawal

    @Test
    void an_unsigned_cooperation_is_withdrawn() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(new WithdrawCooperation(LAMANDAU.id, "PT CBI Group mengalihkan layanan ke klinik perusahaan"), as(UNIT_OFFICER))
                .expectEvents(new CooperationWithdrawn(LAMANDAU.id, "PT CBI Group mengalihkan layanan ke klinik perusahaan"));
    }

    @Test
    void a_cooperation_is_not_withdrawn_once_something_is_signed() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(new WithdrawCooperation(LAMANDAU.id, "Tidak dilanjutkan"), as(UNIT_OFFICER))
                .expectException(refusedUnder(ALREADY_SIGNED));
    }

    @Test
    void a_withdrawn_cooperation_is_not_withdrawn_again() {
        fixture.given(then(LAMANDAU.submitted(), new CooperationWithdrawn(LAMANDAU.id, "Tidak dilanjutkan")))
                .when(new WithdrawCooperation(LAMANDAU.id, "Tidak dilanjutkan"), as(UNIT_OFFICER))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }

    // ---- Extension

    @Test
    void an_extension_opens_a_successor_that_goes_through_the_procedure_again() {
        CooperationInitiated successor = new CooperationInitiated(SUCCESSOR, LAMANDAU.type, LAMANDAU.title + " (perpanjangan)",
                null, LAMANDAU.region, LAMANDAU.unit, Initiator.REGIONAL_UNIT, LAMANDAU.partner,
                LAMANDAU.initiatedEvent().affairs(), RATIONALE, LAMANDAU.id);
        List<Object> history = LAMANDAU.active();
        fixture.given(history)
                .when(extend(), as(SECRETARIAT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ExtensionProposed(LAMANDAU.id, SUCCESSOR, RATIONALE), successor)
                .expectResultMessagePayload(new CommandOutcome(SUCCESSOR, history.size()));
    }

    @Test
    void a_cooperation_is_extended_once() {
        fixture.given(then(LAMANDAU.active(), new ExtensionProposed(LAMANDAU.id, SUCCESSOR, RATIONALE)))
                .when(extend(), as(SECRETARIAT))
                .expectException(refusedUnder(ONE_SUCCESSOR));
    }

    @Test
    void only_a_signed_cooperation_is_extended() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(extend(), as(SECRETARIAT))
                .expectException(refusedUnder(NOTHING_SIGNED));
    }
}
