package id.kerjasama.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.UUID;

/** Identifies a power of attorney (surat kuasa) granted for signing PKS. */
public record PowerOfAttorneyId(@JsonValue String value) {

    public PowerOfAttorneyId {
        value = Require.uuid(value, "powerOfAttorneyId");
    }

    @JsonCreator
    public static PowerOfAttorneyId of(String value) {
        return new PowerOfAttorneyId(value);
    }

    public static PowerOfAttorneyId generate() {
        return new PowerOfAttorneyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
