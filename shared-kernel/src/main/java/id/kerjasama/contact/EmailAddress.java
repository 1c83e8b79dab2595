package id.kerjasama.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as SMTP takes it: a local part and a domain with a dot, ASCII letters, digits and the usual
 * punctuation, at most {@value #MAX_LENGTH} characters (RFC 5321's limit on a forward path). The domain is kept in
 * lower case; the local part as given, since only the receiving server may say whether its case matters.
 */
public record EmailAddress(@JsonValue String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SYNTAX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    public EmailAddress {
        value = Require.text(value, "email");
        if (value != null) {
            boolean fits = value.length() <= MAX_LENGTH;
            Require.that(fits, "email", "TOO_LONG", "email must be at most " + MAX_LENGTH + " characters");
            boolean valid = fits && SYNTAX.matcher(value).matches();
            Require.that(!fits || valid, "email", "EMAIL",
                    "email must be an address such as kerjasama@pangkalpinangkota.go.id");
            if (valid) {
                int at = value.lastIndexOf('@');
                value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
            }
        }
    }

    @JsonCreator
    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
