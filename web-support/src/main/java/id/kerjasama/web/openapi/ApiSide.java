package id.kerjasama.web.openapi;

import id.kerjasama.validation.Violations;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Map;
import java.util.Set;

/**
 * What one side says of its API beyond what both share ({@link ApiDescription}): its name, title and introduction,
 * which statuses each operation can answer, and what its problems add. Its texts (a description per property and per
 * parameter) are in {@code openapi/<name>.properties} and an example per request body in
 * {@code openapi/<name>/<Schema>.json} on its classpath.
 */
public interface ApiSide {

    /** {@code command-api} or {@code query-api}: the name of its texts, examples and committed description. */
    String name();

    String title();

    /** What the API is for and how to get a token, in Markdown. */
    String description();

    /**
     * Every status the operation can answer besides its success: the shared ones already found ({@code base}: 400
     * where it reads a parameter or a body, 401 where it needs a token, 404 where its path names something) to keep,
     * drop or add to.
     */
    Set<Integer> errorStatuses(ApiOperation operation, Set<Integer> base);

    /** What each status means on this side, where it says more than {@link ApiDescription#STATUS_TEXTS}. */
    default Map<Integer, String> statusTexts() {
        return Map.of();
    }

    /** The properties only this side's problems carry (e.g. {@code currentVersion}). */
    default Map<String, Schema<?>> problemProperties() {
        return Map.of();
    }

    /**
     * The properties of a request body's type that a request must give: the components its record refuses to go
     * without, as the kernel's own checks say.
     */
    default Set<String> requiredProperties(Class<?> requestType) {
        return requestType.isRecord() ? Violations.requiredFields(requestType.asSubclass(Record.class)) : Set.of();
    }

    /** The side's own touches to one operation: a creation's 201 and Location, what a stream produces, ... */
    default void customize(ApiOperation operation) {
    }

    /** The side's own touches to the whole description, before the shared texts, examples and requirements. */
    default void customize(OpenAPI api) {
    }

    /** The name of the component schema a schema refers to, or null. */
    static String refName(Schema<?> schema) {
        return schema == null || schema.get$ref() == null ? null
                : schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    }

    /** One operation of the description, with what the shared rules read from it. */
    record ApiOperation(String method, String path, Operation operation, boolean isPublic) {

        public boolean hasBody() {
            return operation.getRequestBody() != null;
        }

        /** A parameter or a body besides the path's: something a client can get wrong (400). */
        public boolean readsInput() {
            return hasBody() || (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn())));
        }

        public boolean namesResource() {
            return path.contains("{");
        }
    }
}
