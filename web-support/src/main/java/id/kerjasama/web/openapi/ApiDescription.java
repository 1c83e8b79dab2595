package id.kerjasama.web.openapi;

import id.kerjasama.web.problem.ProblemWriter;
import id.kerjasama.web.security.PublicRoutes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What both sides' API descriptions share: the title, version and introduction each side names; the bearer scheme
 * on every operation but the public ones; one problem schema for every refusal; every status an operation can answer
 * ({@link ApiSide#errorStatuses}); and the texts and examples of {@link ApiTexts}, so that each side's controllers
 * need no annotation beyond a summary.
 */
@Configuration
public class ApiDescription {

    /** The version of both APIs' contract: raised with any change a client must follow. */
    public static final String VERSION = "1.0.0";
    public static final String BEARER = "bearer";
    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";

    /** What each refusal means, wherever a side says nothing more precise. */
    public static final Map<Integer, String> STATUS_TEXTS = Map.of(
            400, "The request is invalid: `code` says how (INVALID_FIELD with `errors[]` naming each field and its "
                    + "rule, MALFORMED_JSON, UNREADABLE_BODY, REQUEST_REJECTED); nothing was stored.",
            401, "No valid bearer token: missing where the operation needs one, or sent but expired or not signed by "
                    + "the trusted issuer (a public operation refuses an invalid token too): `code` UNAUTHENTICATED.",
            403, "The caller's role may not do this: `code` FORBIDDEN.",
            404, "Nothing of that id within the caller's reach: `code` names what (COOPERATION_NOT_FOUND, ...).",
            409, "In conflict with the current state: `code` says which.",
            413, "The body is larger than `kerjasama.api.max-body-size`: `code` BODY_TOO_LARGE; nothing was stored.",
            415, "The body is not `application/json`: `code` UNSUPPORTED_MEDIA_TYPE.",
            422, "A business rule refused the request: `rule` names it, `ruleDescription` says it in words.",
            503, "The database cannot be reached just now (`code` DATABASE_UNAVAILABLE): retry after the `Retry-After` "
                    + "seconds.");

    private final ApiSide side;
    private final ApiTexts texts;
    private final List<PublicRoutes> publicRoutes;
    private final RequestMappingHandlerMapping handlers;

    ApiDescription(ApiSide side, List<PublicRoutes> publicRoutes,
                   @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
        this.side = side;
        this.texts = new ApiTexts(side.name());
        this.publicRoutes = publicRoutes;
        this.handlers = handlers;
    }

    /** Title, version, a server relative to where the description is read, and the bearer scheme. */
    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title(side.title()).version(VERSION).description(side.description()))
                .servers(List.of(new Server().url("/").description("where this description is served")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A token of the identity provider; outside the prod "
                                        + "profile, a demo token from the command side's `/dev/tokens/{userName}`.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer apiContract() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_ERROR, fieldError());
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> operation(new ApiSide.ApiOperation(method.name(), path, operation,
                            isPublic(method, path)))));
            side.customize(api);
            Map<String, Class<?>> requestTypes = RequestTypes.of(handlers);
            api.getComponents().getSchemas().forEach((name, schema) -> {
                texts.describe(name, schema);
                Class<?> type = requestTypes.get(name);
                if (type != null) {
                    List<String> required = side.requiredProperties(type).stream()
                            .filter(property -> schema.getProperties() != null && schema.getProperties().containsKey(property))
                            .sorted().toList();
                    schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
                }
                texts.example(name).ifPresent(schema::setExample);
            });
        };
    }

    private boolean isPublic(PathItem.HttpMethod method, String path) {
        return publicRoutes.stream().flatMap(routes -> routes.routes().stream())
                .anyMatch(route -> route.matches(method.name(), path));
    }

    private void operation(ApiSide.ApiOperation op) {
        Operation operation = op.operation();
        if (op.isPublic()) {
            operation.setSecurity(List.of());
        }
        side.customize(op);
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> texts.describe(operation.getOperationId(), parameter));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().forEach((type, media) -> {
                String schema = ApiSide.refName(media.getSchema());
                if (schema != null) {
                    texts.example(schema).ifPresent(media::setExample);
                }
            });
        }
        ApiResponses responses = operation.getResponses();
        Set<Integer> base = new TreeSet<>();
        if (op.readsInput()) {
            base.add(400);
        }
        // a token that is sent is checked even where none is needed
        base.add(401);
        if (op.namesResource()) {
            base.add(404);
        }
        for (int status : new TreeSet<>(side.errorStatuses(op, base))) {
            String text = side.statusTexts().getOrDefault(status, STATUS_TEXTS.get(status));
            responses.addApiResponse(Integer.toString(status), new ApiResponse().description(text)
                    .content(new Content().addMediaType(ProblemWriter.CONTENT_TYPE.split(";")[0],
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /** RFC 9457 problem details as every refusal of both sides carries them, plus this side's own properties. */
    private Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description(
                "Identifies the kind of problem: one per `code`, e.g. https://kerjasama.id/problems/invalid-field"));
        properties.put("title", new StringSchema().description("The status in words, e.g. \"Invalid request\""));
        properties.put("status", new IntegerSchema().description("The HTTP status, repeated"));
        properties.put("detail", new StringSchema().description("What went wrong in this request, for a person"));
        properties.put("instance", new StringSchema().format("uri").description("The path of the refused request"));
        properties.put("code", new StringSchema().description(
                "A stable code for programs, e.g. INVALID_FIELD, STAGE_CONFLICT, BUSINESS_RULE, STALE_VERSION, FORBIDDEN"));
        properties.put("rule", new StringSchema().description(
                "With 409 STAGE_CONFLICT and 422 BUSINESS_RULE: the rule that refused the request, e.g. DPRD_GATE "
                        + "(the rule table of docs/COMMAND-API.md)"));
        properties.put("ruleDescription", new StringSchema().description("With `rule`: the rule in words"));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("With 400 INVALID_FIELD: each refused field"));
        side.problemProperties().forEach(properties::put);
        return new ObjectSchema().description("A refusal (application/problem+json, UTF-8): nothing was stored.")
                .properties(properties).required(List.of("type", "title", "status", "code", "detail"));
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema().description("One refused field of a request")
                .addProperty("field", new StringSchema().description(
                        "Where the field is in the request: a path into the body (partner.name, signatories[0].name) "
                                + "or the name of a parameter or header"))
                .addProperty("rule", new StringSchema().description(
                        "The rule it broke: REQUIRED, NOT_BLANK, MAX_LENGTH, FORMAT, ONE_OF, TYPE, UNKNOWN_FIELD, ..."))
                .addProperty("message", new StringSchema().description("The same in words"))
                .required(List.of("field", "rule", "message"));
    }
}
