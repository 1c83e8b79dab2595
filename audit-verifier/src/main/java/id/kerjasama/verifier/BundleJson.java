package id.kerjasama.verifier;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.kerjasama.audit.AuditBundle;

import java.io.IOException;

/**
 * Reads a bundle strictly: no unknown or missing fields, no duplicate keys, no numbers written as strings or
 * fractions, nothing after the document. A bundle has one spelling, so a changed byte is a changed bundle.
 */
final class BundleJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BundleJson() {
    }

    /** @throws IOException with the line and column of what is wrong, if this is not a bundle */
    static AuditBundle read(byte[] json) throws IOException {
        return MAPPER.readValue(json, AuditBundle.class);
    }
}
