package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Signatory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.SIGNATORIES_BOTH_PARTIES;
import static id.kerjasama.command.cooperation.Rule.SIGNING_AUTHORITY;
import static org.assertj.core.api.Assertions.assertThat;

class SigningAuthorityPolicyTest {

    private static final Signatory BUPATI = LAMANDAU_CBI.head;
    private static final Signatory PJ_WALI_KOTA = PANGKALPINANG_POLTEKKES.head;
    private static final Signatory DIRECTOR = LAMANDAU_CBI.mandatedSignatory(LAMANDAU_CBI.mandatedOfficial.name());
    private static final Signatory CBI = LAMANDAU_CBI.partnerSignatory;
    private static final LocalDate SIGNED_ON = LAMANDAU_CBI.implementingSignedOn;
    private static final BiFunction<Signatory, LocalDate, Verdict> VALID_MANDATE = (signatory, day) -> Verdict.allowed();
    private static final BiFunction<Signatory, LocalDate, Verdict> NO_MANDATE =
            (signatory, day) -> Verdict.refused(SIGNING_AUTHORITY, "no power of attorney");

    @Test
    void the_regional_head_or_an_acting_head_signs_an_offer() {
        assertThat(SigningAuthorityPolicy.regionalHead(BUPATI, "an offer letter").isAllowed()).isTrue();
        assertThat(SigningAuthorityPolicy.regionalHead(PJ_WALI_KOTA, "an offer letter").isAllowed()).isTrue();
    }

    @Test
    void a_mandated_official_or_the_partner_does_not_sign_an_offer() {
        assertThat(brokenRule(SigningAuthorityPolicy.regionalHead(DIRECTOR, "an offer letter"))).contains(SIGNING_AUTHORITY);
        assertThat(brokenRule(SigningAuthorityPolicy.regionalHead(CBI, "an offer letter"))).contains(SIGNING_AUTHORITY);
    }

    @Test
    void the_head_and_the_partner_sign_a_kb() {
        assertThat(SigningAuthorityPolicy.document(DocumentKind.KB, List.of(BUPATI, CBI), SIGNED_ON, NO_MANDATE).isAllowed()).isTrue();
    }

    @Test
    void both_parties_sign() {
        assertThat(brokenRule(SigningAuthorityPolicy.document(DocumentKind.KB, List.of(BUPATI), SIGNED_ON, NO_MANDATE)))
                .contains(SIGNATORIES_BOTH_PARTIES);
        assertThat(brokenRule(SigningAuthorityPolicy.document(DocumentKind.NK, List.of(CBI), SIGNED_ON, NO_MANDATE)))
                .contains(SIGNATORIES_BOTH_PARTIES);
    }

    @Test
    void a_power_of_attorney_does_not_reach_a_kb_or_an_nk() {
        assertThat(brokenRule(SigningAuthorityPolicy.document(DocumentKind.KB, List.of(DIRECTOR, CBI), SIGNED_ON, VALID_MANDATE)))
                .contains(SIGNING_AUTHORITY);
        assertThat(brokenRule(SigningAuthorityPolicy.document(DocumentKind.RENCANA_KERJA, List.of(DIRECTOR, CBI), SIGNED_ON,
                VALID_MANDATE))).contains(SIGNING_AUTHORITY);
    }

    @Test
    void a_mandated_official_signs_a_pks_under_a_valid_power_of_attorney() {
        AtomicReference<LocalDate> askedFor = new AtomicReference<>();
        Verdict verdict = SigningAuthorityPolicy.document(DocumentKind.PKS, List.of(DIRECTOR, CBI), SIGNED_ON,
                (signatory, day) -> {
                    askedFor.set(day);
                    return Verdict.allowed();
                });
        assertThat(verdict.isAllowed()).isTrue();
        assertThat(askedFor).hasValue(SIGNED_ON);
    }

    @Test
    void a_mandated_official_without_a_valid_power_of_attorney_does_not_sign_a_pks() {
        assertThat(brokenRule(SigningAuthorityPolicy.document(DocumentKind.PKS, List.of(DIRECTOR, CBI), SIGNED_ON, NO_MANDATE)))
                .contains(SIGNING_AUTHORITY);
    }

    @Test
    void the_regional_head_signs_a_pks_without_a_power_of_attorney() {
        assertThat(SigningAuthorityPolicy.document(DocumentKind.PKS, List.of(BUPATI, CBI), SIGNED_ON, NO_MANDATE).isAllowed()).isTrue();
    }

    @Test
    void a_power_of_attorney_lets_its_grantee_sign_what_it_covers_while_it_is_valid() {
        assertThat(mandate(null, null, DIRECTOR, LAMANDAU_CBI.implementingId, SIGNED_ON).isAllowed()).isTrue();
        assertThat(mandate(LAMANDAU_CBI.implementingId, null, DIRECTOR, LAMANDAU_CBI.implementingId, SIGNED_ON).isAllowed())
                .isTrue();
    }

    @Test
    void a_power_of_attorney_does_not_let_anyone_else_sign_nor_another_document_nor_outside_its_days() {
        assertThat(brokenRule(mandate(null, null, LAMANDAU_CBI.mandatedSignatory("Budi"), LAMANDAU_CBI.implementingId,
                SIGNED_ON))).contains(SIGNING_AUTHORITY);
        assertThat(brokenRule(mandate(LAMANDAU_CBI.frameworkId, null, DIRECTOR, LAMANDAU_CBI.implementingId, SIGNED_ON)))
                .contains(SIGNING_AUTHORITY);
        assertThat(brokenRule(mandate(null, null, DIRECTOR, LAMANDAU_CBI.implementingId, SIGNED_ON.plusYears(2))))
                .contains(SIGNING_AUTHORITY);
    }

    @Test
    void a_revoked_power_of_attorney_lets_no_one_sign_from_the_day_it_was_revoked() {
        assertThat(mandate(null, SIGNED_ON.plusDays(1), DIRECTOR, LAMANDAU_CBI.implementingId, SIGNED_ON).isAllowed()).isTrue();
        assertThat(mandate(null, SIGNED_ON, DIRECTOR, LAMANDAU_CBI.implementingId, SIGNED_ON).refusal().orElseThrow())
                .hasMessageContaining("was revoked on " + SIGNED_ON);
    }

    /** The Lamandau power of attorney for the director, valid for a year around the signing of the PKS. */
    private static Verdict mandate(DocumentId covers, LocalDate revokedOn, Signatory signatory, DocumentId signing,
                                   LocalDate day) {
        return SigningAuthorityPolicy.powerOfAttorney(LAMANDAU_CBI.powerOfAttorneyId, LAMANDAU_CBI.mandatedOfficial, covers,
                SIGNED_ON.minusMonths(6), SIGNED_ON.plusMonths(6), revokedOn, signatory, signing, day);
    }
}
