package id.kerjasama.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.UUID;

/** Identifies one exemption from the public register recorded on a cooperation. */
public record ExemptionId(@JsonValue String value) {

    public ExemptionId {
        value = Require.uuid(value, "exemptionId");
    }

    @JsonCreator
    public static ExemptionId of(String value) {
        return new ExemptionId(value);
    }

    public static ExemptionId generate() {
        return new ExemptionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
