package id.kerjasama.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The one home of a side's API texts: {@code openapi/<name>.properties} describes every property of every schema
 * ({@code Schema.property=...}) and every parameter ({@code parameter.name=...}, or
 * {@code parameter.operationId.name=...} where one operation's says more); {@code openapi/<name>/<Schema>.json} is
 * the example of a request body. The contract test holds them complete.
 */
public final class ApiTexts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Properties texts = new Properties();

    public ApiTexts(String name) {
        this.name = name;
        String resource = "openapi/" + name + ".properties";
        try (InputStream in = ApiTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Describes each property of a schema that its texts describe. */
    void describe(String schemaName, Schema<?> schema) {
        String own = texts.getProperty(schemaName);
        if (own != null) {
            schema.setDescription(own);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, propertySchema) -> {
                String text = texts.getProperty(schemaName + "." + property);
                if (text != null) {
                    propertySchema.setDescription(text);
                }
            });
        }
    }

    /**
     * Describes a parameter that its controller does not, preferring what its operation's texts say to what every
     * operation's say.
     */
    void describe(String operationId, Parameter parameter) {
        if (parameter.getDescription() != null && !parameter.getDescription().isBlank()) {
            return;
        }
        String text = texts.getProperty("parameter." + operationId + "." + parameter.getName(),
                texts.getProperty("parameter." + parameter.getName()));
        if (text != null) {
            parameter.setDescription(text);
        }
    }

    /** The example of a request body's schema, if it has one. */
    public Optional<JsonNode> example(String schemaName) {
        String resource = "openapi/" + name + "/" + schemaName + ".json";
        try (InputStream in = ApiTexts.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
