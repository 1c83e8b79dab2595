package id.kerjasama.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.UUID;

/** Identifies one audit finding an inspector recorded on a cooperation. */
public record AuditFindingId(@JsonValue String value) {

    public AuditFindingId {
        value = Require.uuid(value, "findingId");
    }

    @JsonCreator
    public static AuditFindingId of(String value) {
        return new AuditFindingId(value);
    }

    public static AuditFindingId generate() {
        return new AuditFindingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
