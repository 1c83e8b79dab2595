package id.kerjasama.validation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequireTest {

    @Test
    void plain_text_keeps_tab_line_feed_carriage_return_and_paired_surrogates() {
        String text = "Kerja sama\tbaris\r\nbaru 😀 é";
        assertThat(Require.plainText(text, "title")).isEqualTo(text);
    }

    @Test
    void plain_text_refuses_every_other_control_character_and_unpaired_surrogates() {
        for (String bad : new String[]{"a\u0000b", "\u0001", "a\u001Fb", "\u007F", "\u0085", "\u009F",
                "x\uD83D", "\uDE00y", "\uDE00\uD83D"}) {
            assertThatThrownBy(() -> Require.plainText(bad, "partner.name"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("partner.name");
                        assertThat(e.rule()).isEqualTo("PLAIN_TEXT");
                    });
        }
    }

    @Test
    void a_date_outside_the_range_names_the_field_and_the_rule() {
        LocalDate earliest = LocalDate.of(1900, 1, 1);
        LocalDate latest = LocalDate.of(2126, 1, 1);
        assertThat(Require.dateWithin(earliest, earliest, latest, "d")).isEqualTo(earliest);
        assertThat(Require.dateWithin(latest, earliest, latest, "d")).isEqualTo(latest);
        for (LocalDate bad : new LocalDate[]{LocalDate.MIN, earliest.minusDays(1), latest.plusDays(1), LocalDate.MAX}) {
            assertThatThrownBy(() -> Require.dateWithin(bad, earliest, latest, "term.start"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("term.start");
                        assertThat(e.rule()).isEqualTo("DATE_RANGE");
                    });
        }
    }
}
