package id.kerjasama.cooperation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.Require;

import java.util.UUID;

/** Identifies one recorded evaluation. */
public record EvaluationId(@JsonValue String value) {

    public EvaluationId {
        value = Require.uuid(value, "evaluationId");
    }

    @JsonCreator
    public static EvaluationId of(String value) {
        return new EvaluationId(value);
    }

    public static EvaluationId generate() {
        return new EvaluationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
