package id.kerjasama.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.UUID;

/** Identifies one cooperation (the aggregate) for its whole life. */
public record CooperationId(@JsonValue String value) {

    public CooperationId {
        value = Require.uuid(value, "cooperationId");
    }

    @JsonCreator
    public static CooperationId of(String value) {
        return new CooperationId(value);
    }

    public static CooperationId generate() {
        return new CooperationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
