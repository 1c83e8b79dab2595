package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.CooperationScenario.uuid;
import static id.kerjasama.command.cooperation.Rule.EXEMPTED_DOCUMENT_SIGNED;
import static id.kerjasama.command.cooperation.Rule.EXEMPTION_PERIOD;
import static id.kerjasama.command.cooperation.Rule.EXEMPTION_SIGNED_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

class PublicationExemptionPolicyTest {

    private static final DocumentId PKS = DocumentId.of(uuid("lamandau-cbi/implementing"));
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 2, 16);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void a_signed_agreement_has_exemptions_an_unsigned_one_none() {
        assertThat(PublicationExemptionPolicy.signedAgreement(true, DocumentKind.KB).isAllowed()).isTrue();
        assertThat(brokenRule(PublicationExemptionPolicy.signedAgreement(false, DocumentKind.KB)))
                .contains(EXEMPTION_SIGNED_AGREEMENT);
    }

    @Test
    void a_signed_document_is_exempted_a_draft_is_not() {
        assertThat(PublicationExemptionPolicy.documentSigned(true, DocumentKind.PKS, PKS).isAllowed()).isTrue();
        assertThat(brokenRule(PublicationExemptionPolicy.documentSigned(false, DocumentKind.PKS, PKS)))
                .contains(EXEMPTED_DOCUMENT_SIGNED);
    }

    @Test
    void the_last_day_comes_after_the_decision() {
        assertThat(PublicationExemptionPolicy.period(DECIDED_ON, DECIDED_ON.plusDays(1), DECIDED_ON).isAllowed()).isTrue();
        assertThat(brokenRule(PublicationExemptionPolicy.period(DECIDED_ON, DECIDED_ON, DECIDED_ON)))
                .contains(EXEMPTION_PERIOD);
    }

    @Test
    void the_last_day_is_not_already_past() {
        assertThat(PublicationExemptionPolicy.period(DECIDED_ON, TODAY, TODAY).isAllowed()).isTrue();
        assertThat(brokenRule(PublicationExemptionPolicy.period(DECIDED_ON, TODAY.minusDays(1), TODAY)))
                .contains(EXEMPTION_PERIOD);
    }

    @Test
    void an_exemption_lasts_at_most_thirty_years_from_its_decision() {
        assertThat(PublicationExemptionPolicy.period(DECIDED_ON, DECIDED_ON.plusYears(30), TODAY).isAllowed()).isTrue();
        assertThat(brokenRule(PublicationExemptionPolicy.period(DECIDED_ON, DECIDED_ON.plusYears(30).plusDays(1), TODAY)))
                .contains(EXEMPTION_PERIOD);
    }
}
