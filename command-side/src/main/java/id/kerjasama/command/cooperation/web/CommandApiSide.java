package id.kerjasama.command.cooperation.web;

import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import id.kerjasama.command.actor.web.TokenActorSource;
import id.kerjasama.web.openapi.ApiSide;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command API's description: which statuses a command can answer (every command alike, as the same
 * {@link CooperationController} path sends them all), a creation's 201 and {@code Location}, and a body without
 * the cooperation's id where the path names it, and the optional {@code X-Reason} every command takes (read by the
 * actor source rather than by each method, so described here once).
 */
@Component
class CommandApiSide implements ApiSide {

    private static final Set<String> CREATIONS = Set.of("/api/cooperations", "/api/cooperations/imports");
    private static final String COMMANDS = "/api/cooperations";
    /** The region's directory of contacts and webhooks: commands too, refused and stored as the others are. */
    private static final String DIRECTORY = "/api/contacts";

    @Override
    public String name() {
        return "command-api";
    }

    @Override
    public String title() {
        return "Kerjasama command API";
    }

    @Override
    public String description() {
        return """
                Drives regional cooperation agreements (*Kerja Sama Daerah*, PP 28/2018, Permendagri 22/2020) through \
                their lifecycle: one endpoint per command; the body is the command. The query API (port 8082 by \
                default) reads what the commands did.

                **Tokens.** Every command needs a bearer token naming a role and a region. Outside the `prod` \
                profile, `GET /dev/tokens` lists the demo users and `GET /dev/tokens/{userName}` prints a token \
                (e.g. `curl -s localhost:8081/dev/tokens/lamandau-opd`): paste it into *Authorize*.

                **Versions.** Every answer carries the cooperation's new version, also as `ETag`; send it back as \
                `If-Match` and a command on a cooperation changed meanwhile is refused with 409 STALE_VERSION.

                **Refusals** are `application/problem+json` (schema `Problem`): `code` for programs, `errors[]` \
                for invalid fields, `rule` for a broken business rule. Nothing refused is stored.""";
    }

    @Override
    public Set<Integer> errorStatuses(ApiOperation operation, Set<Integer> base) {
        if (!operation.path().startsWith(COMMANDS) && !operation.path().startsWith(DIRECTORY)) {
            // the demo tokens: an invalid token sent anyway; an unknown user name is a bare 404 (customize)
            return Set.of(401);
        }
        Set<Integer> statuses = new TreeSet<>(base);
        if (operation.method().equals("POST")) {
            // a stage conflict, a stale version or a key in use; a broken rule or a reused key; a body too large;
            // the database out of reach or a commit of unknown outcome; the role may not send this command
            statuses.addAll(Set.of(403, 409, 413, 422, 503));
            // an upload takes a body of any media type
            if (operation.hasBody() && !operation.path().equals(ArchiveDocumentFile.PATH)) {
                statuses.add(415);
            }
        }
        return statuses;
    }

    @Override
    public Map<Integer, String> statusTexts() {
        return Map.of(
                403, "The caller's role may not send this command (the role table of docs/ACCESS.md): `code` FORBIDDEN.",
                404, "No cooperation of this id within the caller's regions (`code` COOPERATION_NOT_FOUND): one out of "
                        + "reach is answered exactly as one that does not exist.",
                409, "`code` STAGE_CONFLICT (the cooperation's stage does not allow it; `rule` names the stage rule), "
                        + "STALE_VERSION (`If-Match` is not the current version, which `currentVersion` gives), "
                        + "CONCURRENT_CHANGE, ID_TAKEN, IDEMPOTENCY_KEY_IN_USE (retry after `Retry-After`) or "
                        + "HISTORY_UNVERIFIED. Nothing was stored.",
                413, "`code` BODY_TOO_LARGE (a command's body over `kerjasama.api.max-body-size`) or FILE_TOO_LARGE (an "
                        + "uploaded file over `kerjasama.archive.max-file-size`). Nothing was stored.",
                422, "`code` BUSINESS_RULE (`rule` names the rule, `ruleDescription` says it; the rule table of "
                        + "docs/COMMAND-API.md) or IDEMPOTENCY_KEY_REUSED. Nothing was stored.",
                503, "`code` DATABASE_UNAVAILABLE (nothing was stored) or OUTCOME_UNKNOWN (the connection broke during "
                        + "the commit: read the cooperation, or retry with the same `Idempotency-Key`); retry after "
                        + "the `Retry-After` seconds.");
    }

    @Override
    public Map<String, Schema<?>> problemProperties() {
        return Map.of("currentVersion", new IntegerSchema().format("int64")
                .description("With 409 STALE_VERSION: the cooperation's current version"));
    }

    @Override
    public void customize(ApiOperation operation) {
        if (operation.path().equals("/dev/tokens/{userName}")) {
            operation.operation().getResponses().addApiResponse("404",
                    new ApiResponse().description("No demo user of this name (no body)"));
        }
        if (!operation.method().equals("POST") || !operation.path().startsWith(COMMANDS)) {
            return;
        }
        operation.operation().addParametersItem(new HeaderParameter().name(TokenActorSource.REASON).required(false)
                .schema(new StringSchema().maxLength(TokenActorSource.MAX_REASON)));
        ApiResponse answer = operation.operation().getResponses().remove("200");
        Header etag = new Header().description("The cooperation's new version, to send back as `If-Match`")
                .schema(new StringSchema());
        answer.addHeaderObject("ETag", etag);
        if (CREATIONS.contains(operation.path())) {
            answer.description("Created: the new cooperation's id and version 0")
                    .addHeaderObject("Location", new Header().schema(new StringSchema().format("uri-reference"))
                            .description("`/api/cooperations/{id}`: the path where the query API serves the new "
                                    + "cooperation (GET on the query side's base URL, port 8082 by default)"));
            operation.operation().getResponses().addApiResponse("201", answer);
        } else {
            answer.description("Accepted: the cooperation's new version (and the id of what the command created, "
                    + "where it created something)");
            operation.operation().getResponses().addApiResponse("200", answer);
        }
    }

    /** A command on an existing cooperation takes its id from the path: its body has none. */
    @Override
    public void customize(OpenAPI api) {
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith(COMMANDS + "/{id}") && item.getPost() != null && item.getPost().getRequestBody() != null) {
                item.getPost().getRequestBody().getContent().values().forEach(media -> {
                    Schema<?> body = api.getComponents().getSchemas().get(ApiSide.refName(media.getSchema()));
                    if (body != null && body.getProperties() != null) {
                        body.getProperties().remove("cooperationId");
                    }
                });
            }
        });
    }
}
