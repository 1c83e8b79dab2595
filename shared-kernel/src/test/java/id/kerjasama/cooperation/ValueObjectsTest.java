package id.kerjasama.cooperation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Value objects refuse bad values in their constructor, naming the field and the rule. */
class ValueObjectsTest {

    @Test
    void a_term_ends_on_or_after_its_start() {
        assertRefused(() -> new Term(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30), null), "end", "END_NOT_BEFORE_START");
        assertThat(new Term(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1), null).contains(LocalDate.of(2025, 5, 1))).isTrue();
    }

    @Test
    void five_years_from_the_first_day_fit_in_five_years_and_one_more_day_does_not() {
        LocalDate start = LocalDate.of(2025, 4, 25);
        assertThat(new Term(start, LocalDate.of(2030, 4, 24), null).longerThanYears(5)).isFalse();
        assertThat(new Term(start, LocalDate.of(2030, 4, 25), null).longerThanYears(5)).isTrue();
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(new Term(leapDay, LocalDate.of(2029, 2, 28), null).longerThanYears(5)).isFalse();
        assertThat(new Term(leapDay, LocalDate.of(2029, 3, 1), null).longerThanYears(5)).isTrue();
    }

    @Test
    void a_document_digest_is_a_sha256_in_hex_and_is_normalised_to_lower_case() {
        assertRefused(() -> new DocumentReference("kb.pdf", "abc", null), "sha256", "SHA256_HEX");
        assertThat(new DocumentReference("kb.pdf", "A".repeat(64), null).sha256()).isEqualTo("a".repeat(64));
    }

    @Test
    void a_mandated_official_names_a_power_of_attorney_and_nobody_else_does() {
        assertRefused(() -> new Signatory(SigningParty.REGION, "dr. X", "Direktur RSUD", SigningCapacity.MANDATED_OFFICIAL, null),
                "powerOfAttorneyId", "POWER_OF_ATTORNEY_FOR_MANDATED_OFFICIAL");
        assertRefused(() -> new Signatory(SigningParty.REGION, "Rizky Aditya Putra", "Bupati", SigningCapacity.REGIONAL_HEAD,
                PowerOfAttorneyId.generate()), "powerOfAttorneyId", "POWER_OF_ATTORNEY_FOR_MANDATED_OFFICIAL");
        assertRefused(() -> new Signatory(SigningParty.PARTNER, "Direktur", "Direktur PT CBI", SigningCapacity.REGIONAL_HEAD, null),
                "capacity", "CAPACITY_MATCHES_PARTY");
    }

    @Test
    void a_regional_partner_and_only_a_regional_partner_has_a_region_code() {
        assertRefused(() -> new Partner(PartnerKind.REGION, "Kabupaten Bangka", null, null, null), "region", "REGION_CODE_FOR_REGIONAL_PARTNER");
        assertRefused(() -> new Partner(PartnerKind.BUSINESS, "PT CBI", RegionCode.of("62.09"), null, null), "region", "REGION_CODE_FOR_REGIONAL_PARTNER");
    }

    @Test
    void blank_text_and_empty_required_lists_are_refused() {
        assertRefused(() -> new Person("  ", "Kabag"), "name", "NOT_BLANK");
        assertRefused(() -> new Funding(Set.of(), true, null), "sources", "NOT_EMPTY");
    }

    @Test
    void ids_and_codes_travel_as_plain_json_strings() throws Exception {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        CooperationId id = CooperationId.generate();
        assertThat(json.writeValueAsString(id)).isEqualTo("\"" + id.value() + "\"");
        assertThat(json.readValue("\"" + id.value() + "\"", CooperationId.class)).isEqualTo(id);
        assertThat(json.readValue("\"19.71\"", RegionCode.class)).isEqualTo(RegionCode.of("19.71"));
        assertThat(json.writeValueAsString(new Partner(PartnerKind.REGION, "Kabupaten Bangka", RegionCode.of("19.01"), null, null)))
                .contains("\"region\":\"19.01\"");
    }

    private static void assertRefused(Executable construction, String field, String rule) {
        assertThatThrownBy(construction::execute).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
