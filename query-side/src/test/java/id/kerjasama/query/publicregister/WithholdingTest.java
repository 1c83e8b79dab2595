package id.kerjasama.query.publicregister;

import id.kerjasama.cooperation.ExemptionGround;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.query.cooperation.CooperationDetail;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the public entry withholds on a day: the exemptions neither lifted nor past their last day. */
class WithholdingTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2027, 2, 15);
    private static final String PKS = "6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b005";

    @Test
    void an_exemption_withholds_up_to_and_including_its_last_day() {
        CooperationDetail detail = detailWith(exemption(PKS, Set.of()), exemption(null, Set.of(PublicEntryField.FUNDING)));

        Withholding onLastDay = Withholding.on(detail, LAST_DAY);
        assertThat(onLastDay.withholdsDocument(PKS)).isTrue();
        assertThat(onLastDay.withholds(PublicEntryField.FUNDING)).isTrue();
        assertThat(onLastDay.withholds(PublicEntryField.TITLE)).isFalse();
        assertThat(onLastDay.unless(PublicEntryField.FUNDING, "APBD")).isNull();
        assertThat(onLastDay.unless(PublicEntryField.TITLE, "Judul")).isEqualTo("Judul");

        Withholding dayAfter = Withholding.on(detail, LAST_DAY.plusDays(1));
        assertThat(dayAfter.withholdsDocument(PKS)).isFalse();
        assertThat(dayAfter.withholds(PublicEntryField.FUNDING)).isFalse();
        assertThat(dayAfter.exemptions()).isEmpty();
    }

    @Test
    void a_lifted_exemption_withholds_nothing() {
        CooperationDetail.Exemption lifted = exemption(PKS, Set.of());
        lifted.lifting = new CooperationDetail.Lifting("Putusan Komisi Informasi", "ppid", Instant.parse("2026-03-02T02:00:00Z"));
        CooperationDetail detail = detailWith(lifted);

        assertThat(Withholding.on(detail, LAST_DAY.minusYears(1)).withholdsDocument(PKS)).isFalse();
        assertThat(new PublicExemptionTable(null).of(detail)).isEmpty();
    }

    @Test
    void the_table_holds_a_row_per_withheld_document_or_field_of_the_exemptions_not_lifted() {
        CooperationDetail detail = detailWith(exemption(PKS, Set.of()),
                exemption(null, Set.of(PublicEntryField.TITLE, PublicEntryField.PARTNER_NAME)));

        assertThat(new PublicExemptionTable(null).of(detail)).extracting(PublicExemptionTable.Row::documentId,
                        PublicExemptionTable.Row::field)
                .containsExactly(Tuple.tuple(PKS, null),
                        Tuple.tuple(null, PublicEntryField.TITLE),
                        Tuple.tuple(null, PublicEntryField.PARTNER_NAME));
    }

    private static CooperationDetail detailWith(CooperationDetail.Exemption... exemptions) {
        CooperationDetail detail = new CooperationDetail();
        detail.exemptions.addAll(List.of(exemptions));
        return detail;
    }

    private static CooperationDetail.Exemption exemption(String documentId, Set<PublicEntryField> fields) {
        CooperationDetail.Exemption exemption = new CooperationDetail.Exemption();
        exemption.exemptionId = UUID.randomUUID().toString();
        exemption.documentId = documentId;
        exemption.fields = fields;
        exemption.ground = ExemptionGround.PERSONAL_SECRET;
        exemption.decidedOn = LAST_DAY.minusYears(2);
        exemption.until = LAST_DAY;
        return exemption;
    }
}
