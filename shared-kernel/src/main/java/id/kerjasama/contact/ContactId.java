package id.kerjasama.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

/** Identifies one person in a region's contact directory, chosen by the client (a UUID) so that a retry is harmless. */
public record ContactId(@JsonValue String value) {

    public ContactId {
        value = Require.uuid(value, "contactId");
    }

    @JsonCreator
    public static ContactId of(String value) {
        return new ContactId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
