package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.command.GrantPowerOfAttorney;
import id.kerjasama.cooperation.command.RevokePowerOfAttorney;
import id.kerjasama.cooperation.event.PowerOfAttorneyGranted;
import id.kerjasama.cooperation.event.PowerOfAttorneyRevoked;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Powers of attorney (surat kuasa): the regional head lets an official, here the RSUD director, sign PKS. */
class PowerOfAttorneyTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final LocalDate REVOKED_ON = LocalDate.of(2025, 10, 1);

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** The same grant as {@link CooperationScenario#powerOfAttorneyGranted}, as a command. */
    private static GrantPowerOfAttorney grant(CooperationScenario scenario, Signatory grantor, DocumentId covers) {
        PowerOfAttorneyGranted granted = scenario.powerOfAttorneyGranted(covers);
        return new GrantPowerOfAttorney(scenario.id, granted.powerOfAttorneyId(), granted.grantee(), granted.granteeUnit(),
                grantor, covers, granted.validFrom(), granted.validUntil(), granted.letter());
    }

    private static RevokePowerOfAttorney revoke() {
        return new RevokePowerOfAttorney(LAMANDAU.id, LAMANDAU.powerOfAttorneyId, REVOKED_ON, "Pergantian direktur RSUD");
    }

    @Test
    void the_bupati_empowers_the_hospital_director_to_sign_the_pks() {
        fixture.given(LAMANDAU.implementingDrafted())
                .when(grant(LAMANDAU, LAMANDAU.head, LAMANDAU.implementingId), as(SECRETARIAT))
                .expectEvents(LAMANDAU.powerOfAttorneyGranted(LAMANDAU.implementingId));
    }

    @Test
    void a_power_of_attorney_is_granted_by_the_regional_head() {
        fixture.given(LAMANDAU.dprdCleared())
                .when(grant(LAMANDAU, LAMANDAU.mandatedSignatory(LAMANDAU.mandatedOfficial.name()), null), as(SECRETARIAT))
                .expectException(refusedUnder(SIGNING_AUTHORITY));
    }

    @Test
    void a_power_of_attorney_covers_a_pks() {
        fixture.given(LAMANDAU.dprdCleared())
                .when(grant(LAMANDAU, LAMANDAU.head, LAMANDAU.frameworkId), as(SECRETARIAT))
                .expectException(refusedUnder(POWER_OF_ATTORNEY_COVERS_PKS));
    }

    @Test
    void a_power_of_attorney_covers_a_document_of_this_cooperation() {
        fixture.given(LAMANDAU.dprdCleared())
                .when(grant(LAMANDAU, LAMANDAU.head, DocumentId.of(uuid("pks-lain"))), as(SECRETARIAT))
                .expectException(refusedUnder(UNKNOWN_DOCUMENT));
    }

    @Test
    void a_synergy_has_no_pks_to_sign_under_a_power_of_attorney() {
        fixture.given(PANGKALPINANG_POLTEKKES.active())
                .when(grant(PANGKALPINANG_POLTEKKES, PANGKALPINANG_POLTEKKES.head, null), as(SECRETARIAT))
                .expectException(refusedUnder(INSTRUMENT_FITS_TYPE));
    }

    @Test
    void no_power_of_attorney_before_the_kb_is_signed() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(grant(LAMANDAU, LAMANDAU.head, null), as(SECRETARIAT))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void a_power_of_attorney_is_granted_once() {
        fixture.given(then(LAMANDAU.dprdCleared(), LAMANDAU.powerOfAttorneyGranted(null)))
                .when(grant(LAMANDAU, LAMANDAU.head, null), as(SECRETARIAT))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void the_bupati_revokes_a_power_of_attorney() {
        fixture.given(then(LAMANDAU.dprdCleared(), LAMANDAU.powerOfAttorneyGranted(null)))
                .when(revoke(), as(SECRETARIAT))
                .expectEvents(new PowerOfAttorneyRevoked(LAMANDAU.id, LAMANDAU.powerOfAttorneyId, REVOKED_ON,
                        "Pergantian direktur RSUD"));
    }

    @Test
    void a_power_of_attorney_is_revoked_once() {
        fixture.given(then(LAMANDAU.dprdCleared(), LAMANDAU.powerOfAttorneyGranted(null),
                        new PowerOfAttorneyRevoked(LAMANDAU.id, LAMANDAU.powerOfAttorneyId, REVOKED_ON, "Pergantian direktur RSUD")))
                .when(revoke(), as(SECRETARIAT))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void only_a_power_of_attorney_of_this_cooperation_is_revoked() {
        fixture.given(LAMANDAU.dprdCleared())
                .when(revoke(), as(SECRETARIAT))
                .expectException(refusedUnder(UNKNOWN_POWER_OF_ATTORNEY));
    }
}
