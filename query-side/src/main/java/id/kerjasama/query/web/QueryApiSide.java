package id.kerjasama.query.web;

import id.kerjasama.query.audit.web.AuditController;
import id.kerjasama.web.openapi.ApiSide;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query API's description: which statuses each operation can answer, what the streams and exports produce
 * instead of the framework types that return them, and the {@code format} parameter of the exports.
 */
@Component
class QueryApiSide implements ApiSide {

    /** What a stream or a file is, by the media type an operation produces: never the Java type that writes it. */
    private static final Map<String, Schema<?>> STREAMS = Map.of(
            "text/event-stream", new StringSchema().description("Server-sent events, each with the version as its id: "
                    + "first `version` ({cooperationId, version}, where the read model stands), then `projected` for "
                    + "each projected change ({cooperationId, version, events: [{sequenceNumber, type, summaryId, "
                    + "summaryEn}]})"),
            "application/x-ndjson", new StringSchema().description("Newline-delimited JSON: one object per line"),
            "text/csv", new StringSchema().description("CSV, UTF-8, with a header row"),
            "application/pdf", new StringSchema().format("binary").description("A printable PDF document"));
    /** The Java types that write an answer, which the description must not show as schemas. */
    private static final Set<String> FRAMEWORK_TYPES = Set.of("SseEmitter", "ResponseBodyEmitter",
            "StreamingResponseBody", "Resource", "ResponseEntity");

    @Override
    public String name() {
        return "query-api";
    }

    @Override
    public String title() {
        return "Kerjasama query API";
    }

    @Override
    public String description() {
        return """
                Reads regional cooperation agreements (*Kerja Sama Daerah*) as the command API (port 8081 by default) \
                left them: the registry, each cooperation now or as it stood at a moment, its history, live \
                updates, partners, work queues, the public register, the inspectors' reports and the audit chain.

                **Tokens.** Everything but the public register, the audit checkpoints and their public key needs a \
                bearer token; what a caller sees is scoped to their region. Outside the `prod` profile, the command \
                side prints demo tokens: `curl -s localhost:8081/dev/tokens` lists the users, \
                `curl -s localhost:8081/dev/tokens/lamandau-sekretariat` prints one; paste it into *Authorize*.

                **Refusals** are `application/problem+json` (schema `Problem`): `code` for programs, `errors[]` \
                naming each invalid parameter and its rule.""";
    }

    /** Operations whose path names nothing, but whose parameter does: a region out of the caller's reach is 404. */
    private static final Set<String> SCOPED_BY_PARAMETER = Set.of("GET /api/work-queues");

    @Override
    public Set<Integer> errorStatuses(ApiOperation operation, Set<Integer> base) {
        Set<Integer> statuses = new TreeSet<>(base);
        if (SCOPED_BY_PARAMETER.contains(operation.method() + " " + operation.path())) {
            statuses.add(404);
        }
        // every parameter value of every request is checked (plain text, lists without empty items)
        statuses.add(400);
        if (!operation.isPublic()) {
            // a role that may not (an operator reads no cooperation; reports and the audit are the inspectors')
            statuses.add(403);
        }
        if (operation.hasBody()) {
            statuses.add(415);
        }
        if (!operation.path().equals("/api/audit/public-key")) {
            statuses.add(503);
        }
        if (operation.method().equals("POST") && operation.path().startsWith("/api/audit/")) {
            statuses.add(409);
        }
        return statuses;
    }

    @Override
    public Map<Integer, String> statusTexts() {
        return Map.of(
                400, "A parameter is invalid (`code` INVALID_FIELD, `errors[]` naming each parameter and its rule): a "
                        + "value that is no plain text, a list with an empty item, a date out of range, an unknown "
                        + "value of a list of choices, a page beyond the limits.",
                403, "The caller's role may not read this (`code` FORBIDDEN): operators read no cooperation, the reports "
                        + "and the audit are the inspectors', the operations the operators'.",
                404, "Nothing of this id (or, for the work queues, no such region) within the caller's reach: `code` "
                        + "COOPERATION_NOT_FOUND or CHECKPOINT_NOT_FOUND. What lies out of the caller's regions is "
                        + "answered exactly as what does not exist.",
                409, "Refused by the audit chain (`code` CHECKPOINT_REFUSED or ADOPTION_REFUSED): the history "
                        + "contradicts the last signed checkpoint.",
                503, "`code` DATABASE_UNAVAILABLE, or READ_MODEL_BEHIND (`minVersion` not reached in time): retry "
                        + "after the `Retry-After` seconds.");
    }

    /**
     * The only body the query API reads is the adoption's, which its controller checks (after the caller's role, so
     * not in the record): it must say why.
     */
    @Override
    public Set<String> requiredProperties(Class<?> requestType) {
        if (requestType != AuditController.AdoptionRequest.class) {
            throw new IllegalStateException("no required properties known for the request body " + requestType.getName());
        }
        return Set.of("reason");
    }

    /** A success other than 200: its status and what it means. */
    private record Success(String status, String description, Header location) {
    }

    private static final Map<String, Success> SUCCESSES = Map.of(
            "POST /api/audit/checkpoints", new Success("201", "Created: the signed checkpoint", new Header()
                    .description("Where the checkpoint is read: `/api/audit/checkpoints/{number}`")
                    .schema(new StringSchema().format("uri-reference"))),
            "POST /api/audit/adoptions", new Success("201", "Created: the adoptions, signed and recorded", null),
            "POST /api/admin/rebuild", new Success("202", "Accepted: the rebuild runs; GET to follow it", null));

    @Override
    public void customize(ApiOperation operation) {
        String key = operation.method() + " " + operation.path();
        Success success = SUCCESSES.get(key);
        if (success != null) {
            ApiResponse answer = operation.operation().getResponses().remove("200").description(success.description());
            if (success.location() != null) {
                answer.addHeaderObject("Location", success.location());
            }
            operation.operation().getResponses().addApiResponse(success.status(), answer);
        }
        ApiResponse ok = operation.operation().getResponses().get("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        ok.getContent().forEach((type, media) -> {
            Schema<?> stream = STREAMS.get(type);
            if (stream != null) {
                media.setSchema(stream);
            }
        });
        if (ok.getContent().size() > 1 && operation.method().equals("GET")) {
            // one operation for its formats, named by what it answers rather than by the last format's method
            operation.operation().setOperationId(operation.operation().getOperationId().replaceAll("(Csv|Pdf)$", ""));
            List<String> formats = ok.getContent().keySet().stream().map(QueryApiSide::format).toList();
            operation.operation().addParametersItem(new Parameter().in("query").name("format").required(false)
                    .schema(new StringSchema()._enum(formats)));
        }
    }

    /** The value of {@code format} that asks for a media type, as Spring MVC's content negotiation maps it. */
    private static String format(String mediaType) {
        return switch (mediaType) {
            case "application/json" -> "json";
            case "text/csv" -> "csv";
            case "application/pdf" -> "pdf";
            default -> throw new IllegalStateException("no format parameter names " + mediaType);
        };
    }

    @Override
    public void customize(OpenAPI api) {
        FRAMEWORK_TYPES.forEach(api.getComponents().getSchemas()::remove);
    }
}
