package id.kerjasama.command.cooperation.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an accepted command: the cooperation's id and new version, plus the id of the child it created
 * where it created one; the others are left out of the JSON, so a client reads only what the command made. Each is
 * a property of its own so the API's description, and the client generated from it, name it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Accepted(String id, long version, String documentId, String powerOfAttorneyId, String evaluationId,
                       String successorId, String findingId) {

    /** What a command can create in a cooperation, besides the cooperation itself. */
    enum Created { DOCUMENT, POWER_OF_ATTORNEY, EVALUATION, SUCCESSOR, FINDING }

    /** {@code created}: what the command created, with {@code createdId}; null when it created nothing. */
    static Accepted of(String id, long version, Created created, Object createdId) {
        String value = created == null ? null : createdId.toString();
        return new Accepted(id, version, created == Created.DOCUMENT ? value : null,
                created == Created.POWER_OF_ATTORNEY ? value : null, created == Created.EVALUATION ? value : null,
                created == Created.SUCCESSOR ? value : null, created == Created.FINDING ? value : null);
    }
}
