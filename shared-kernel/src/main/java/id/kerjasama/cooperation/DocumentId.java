package id.kerjasama.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.UUID;

/** Identifies one document (KB, PKS, NK, Rencana Kerja, adendum) inside its cooperation. */
public record DocumentId(@JsonValue String value) {

    public DocumentId {
        value = Require.uuid(value, "documentId");
    }

    @JsonCreator
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    public static DocumentId generate() {
        return new DocumentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
