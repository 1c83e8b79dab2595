package id.kerjasama.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer; {@link #longField} reads one number such as version, {@link #json} the whole body. */
public record Reply(int status, String body) {
    public boolean ok() {
        return status / 100 == 2;
    }

    public JsonNode json() {
        return Json.read(body);
    }

    /** The first field of that name, at the top or nested (the rebuild's position is per processor); -1 if none. */
    public long longField(String name) {
        JsonNode value = json().findValue(name);
        return value != null && value.canConvertToLong() ? value.asLong() : -1;
    }
}
