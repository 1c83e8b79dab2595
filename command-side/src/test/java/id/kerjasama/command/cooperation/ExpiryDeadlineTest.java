package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.TerminateCooperation;
import id.kerjasama.cooperation.event.CooperationExpired;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import id.kerjasama.cooperation.event.ExpiryApproaching;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.cooperation.DormancyReason.NO_IMPLEMENTING_AGREEMENT;

/**
 * The end of the term: a reminder 90 days before it (configurable), and the expiry of the cooperation, with
 * every PKS under it, when the last day of its KB's or NK's term in force is over.
 */
class ExpiryDeadlineTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    /** The KB's last day; the term is over when 1 July 2030 begins. */
    private static final LocalDate LAST_DAY = LAMANDAU.frameworkTerm.end();
    /** 90 days before the term is over. */
    private static final LocalDate REMINDER_DAY = LocalDate.of(2030, 4, 2);

    /** The KB signed by command, so that its deadlines are set, and a PKS drafted: only the term is watched. */
    private static TestExecutor<Cooperation> kbSigned() {
        return fixture().given(LAMANDAU.frameworkApproved())
                .andGivenCommands(LAMANDAU.sign(LAMANDAU.frameworkId, LAMANDAU.frameworkSignedOn, LAMANDAU.head))
                .andGiven(List.of(LAMANDAU.implementingDraftedEvent()));
    }

    @Test
    void a_reminder_goes_out_90_days_before_the_term_is_over() {
        kbSigned().whenTimeAdvancesTo(startOf(REMINDER_DAY))
                .expectEvents(new ExpiryApproaching(LAMANDAU.id, LAMANDAU.frameworkId, LAST_DAY));
    }

    @Test
    void no_reminder_goes_out_earlier() {
        kbSigned().whenTimeAdvancesTo(startOf(REMINDER_DAY).minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void the_cooperation_expires_when_the_last_day_of_its_term_is_over() {
        kbSigned().whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)))
                .expectEvents(new ExpiryApproaching(LAMANDAU.id, LAMANDAU.frameworkId, LAST_DAY),
                        new CooperationExpired(LAMANDAU.id, LAST_DAY));
    }

    @Test
    void the_cooperation_does_not_expire_on_its_last_day() {
        kbSigned().whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)).minusMillis(1))
                .expectEvents(new ExpiryApproaching(LAMANDAU.id, LAMANDAU.frameworkId, LAST_DAY));
    }

    @Test
    void an_adendum_that_shortens_the_term_moves_the_reminder_and_the_end() {
        LocalDate shortened = LocalDate.of(2028, 6, 30);
        DocumentId adendum = DocumentId.of(uuid("lamandau-cbi/adendum-kb"));
        kbSigned().andGiven(List.of(LAMANDAU.frameworkAdendumApproved(adendum, term(LAMANDAU.frameworkTerm.start(), shortened))))
                .andGivenCommands(LAMANDAU.sign(adendum, LocalDate.of(2026, 1, 12), LAMANDAU.head))
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusYears(1)))
                .expectEvents(new ExpiryApproaching(LAMANDAU.id, LAMANDAU.frameworkId, shortened),
                        new CooperationExpired(LAMANDAU.id, shortened));
    }

    @Test
    void a_terminated_cooperation_does_not_expire() {
        kbSigned().andGivenCommands(new TerminateCooperation(LAMANDAU.id, TerminationReason.MUTUAL_AGREEMENT, TODAY,
                        "Disepakati para pihak"))
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusYears(1)))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_agreement_imported_after_its_term_expires_at_once_without_a_reminder() {
        LocalDate signedOn = LocalDate.of(2019, 1, 2);
        LocalDate lastDay = LocalDate.of(2023, 12, 31);
        fixture().givenCurrentTime(startOf(TODAY))
                .andGivenCommands(LAMANDAU.importOf(CooperationType.KSDPK, DocumentKind.KB, LAMANDAU.head,
                        term(signedOn, lastDay), signedOn))
                .whenTimeElapses(Duration.ZERO)
                .expectEvents(new CooperationFlaggedDormant(LAMANDAU.id, NO_IMPLEMENTING_AGREEMENT, signedOn,
                                signedOn.plusMonths(6)),
                        new CooperationExpired(LAMANDAU.id, lastDay));
    }
}
