package id.kerjasama.command.cooperation.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Map;

/**
 * The answer to an accepted command: the cooperation's id and new version, plus the id of the child it created
 * where it created one (e.g. {@code "documentId"}).
 */
public record Accepted(String id, long version, @JsonIgnore String createdName, @JsonIgnore String createdId) {

    @JsonAnyGetter
    Map<String, String> created() {
        return createdName == null ? Map.of() : Map.of(createdName, createdId);
    }
}
