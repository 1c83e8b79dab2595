package id.kerjasama.web.security;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderTextTest {

    /** Spring Security's own expressions (StrictHttpFirewall), which HeaderText replaces. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void every_code_point_is_allowed_in_a_name_and_a_value_exactly_where_spring_securitys_expressions_allow_it() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = new String(Character.toChars(c));
            assertThat(HeaderText.allowedName(text)).as("U+%04X in a name", c).isEqualTo(NAME.matcher(text).matches());
            assertThat(HeaderText.allowedValue(text)).as("U+%04X in a value", c).isEqualTo(VALUE.matcher(text).matches());
        }
    }

    @Test
    void a_whole_header_is_allowed_only_if_every_character_is() {
        String token = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsYW1hbmRhdS1vcGQifQ.c2lnbmF0dXJl";
        for (String text : new String[]{token, token + "\r\n", "\ttabbed", "", "Kabupaten Lamandau \uD83C\uDF34",
                "lone \uD800 surrogate", "unassigned \u0378"}) {
            assertThat(HeaderText.allowedName(text)).as(text).isEqualTo(NAME.matcher(text).matches());
            assertThat(HeaderText.allowedValue(text)).as(text).isEqualTo(VALUE.matcher(text).matches());
        }
        assertThat(HeaderText.allowedValue(token)).isTrue();
        assertThat(HeaderText.allowedValue(token + "\n")).isFalse();
    }
}
