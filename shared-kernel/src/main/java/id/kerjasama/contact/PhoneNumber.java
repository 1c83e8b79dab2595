package id.kerjasama.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.regex.Pattern;

/**
 * A phone number in the international form WhatsApp gateways take (E.164): a plus sign, the country code and the
 * number, at most 15 digits in all, such as +6281234567890. Spaces and hyphens a person types are dropped; a
 * national form (0812...) is refused rather than guessed, since the gateway cannot tell its country.
 */
public record PhoneNumber(@JsonValue String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public PhoneNumber {
        value = Require.text(value, "phone");
        if (value != null) {
            String compact = value.replaceAll("[ -]", "");
            Require.that(E164.matcher(compact).matches(), "phone", "E164",
                    "phone must be in international form, such as +6281234567890");
            value = compact;
        }
    }

    @JsonCreator
    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
