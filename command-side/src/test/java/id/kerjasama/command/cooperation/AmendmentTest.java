package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.AmendAgreement;
import id.kerjasama.cooperation.event.AgreementDrafted;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.DraftApproved;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** An adendum changes a signed document; the signed original never changes. */
class AmendmentTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final DocumentId PKS = LAMANDAU.implementingId;
    private static final DocumentId ADENDUM = DocumentId.of(uuid("lamandau-cbi/adendum-1"));
    private static final String CHANGES = "Ruang lingkup ditambah layanan bagi keluarga karyawan";
    private static final Term EXTENDED_PKS_TERM = term(LAMANDAU.implementingTerm.start(), LocalDate.of(2028, 8, 31));

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static AmendAgreement amend(DocumentId documentId, DocumentId amended, Term term) {
        return new AmendAgreement(LAMANDAU.id, documentId, amended, CHANGES, LAMANDAU.content(term));
    }

    /** The PKS signed, and an adendum to it signed as well. */
    private static List<Object> pksAmended() {
        return then(LAMANDAU.implementingSigned(),
                by(UNIT_OFFICER, new AgreementDrafted(LAMANDAU.id, ADENDUM, DocumentKind.ADENDUM, PKS,
                        LAMANDAU.content(EXTENDED_PKS_TERM), CHANGES)),
                new DraftApproved(LAMANDAU.id, ADENDUM),
                LAMANDAU.signed(ADENDUM, DocumentKind.ADENDUM, LocalDate.of(2026, 2, 2), LAMANDAU.head));
    }

    @Test
    void a_signed_pks_is_amended_by_an_adendum() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(amend(ADENDUM, PKS, EXTENDED_PKS_TERM), as(UNIT_OFFICER))
                .expectEvents(new AgreementDrafted(LAMANDAU.id, ADENDUM, DocumentKind.ADENDUM, PKS,
                        LAMANDAU.content(EXTENDED_PKS_TERM), CHANGES));
    }

    @Test
    void only_a_signed_document_is_amended() {
        fixture.given(LAMANDAU.implementingApproved())
                .when(amend(ADENDUM, PKS, EXTENDED_PKS_TERM), as(UNIT_OFFICER))
                .expectException(refusedUnder(AMEND_SIGNED_ORIGINAL));
    }

    @Test
    void an_adendum_amends_the_original_not_another_adendum() {
        fixture.given(pksAmended())
                .when(amend(DocumentId.of(uuid("lamandau-cbi/adendum-2")), ADENDUM, EXTENDED_PKS_TERM), as(UNIT_OFFICER))
                .expectException(refusedUnder(AMEND_SIGNED_ORIGINAL));
    }

    @Test
    void an_adendum_to_a_pks_lies_within_the_kb_term() {
        Term beyondKb = term(LAMANDAU.implementingTerm.start(), LAMANDAU.frameworkTerm.end().plusMonths(2));
        fixture.given(LAMANDAU.implementingSigned())
                .when(amend(ADENDUM, PKS, beyondKb), as(UNIT_OFFICER))
                .expectException(refusedUnder(TERM_WITHIN_FRAMEWORK));
    }

    @Test
    void an_adendum_term_is_at_most_five_years() {
        Term sixYears = term(LAMANDAU.frameworkTerm.start(), LAMANDAU.frameworkTerm.end().plusYears(1));
        fixture.given(LAMANDAU.implementingSigned())
                .when(amend(ADENDUM, LAMANDAU.frameworkId, sixYears), as(SECRETARIAT))
                .expectException(refusedUnder(TERM_MAXIMUM));
    }

    @Test
    void an_adendum_does_not_reuse_the_id_of_a_document() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(amend(LAMANDAU.frameworkId, PKS, EXTENDED_PKS_TERM), as(UNIT_OFFICER))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void an_ended_cooperation_is_not_amended() {
        fixture.given(then(LAMANDAU.implementingSigned(), new CooperationTerminated(LAMANDAU.id, TerminationReason.MUTUAL_AGREEMENT,
                        LocalDate.of(2026, 1, 31), "Kesepakatan para pihak")))
                .when(amend(ADENDUM, PKS, EXTENDED_PKS_TERM), as(UNIT_OFFICER))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }
}
