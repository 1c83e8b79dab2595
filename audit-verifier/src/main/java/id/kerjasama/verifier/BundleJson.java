package id.kerjasama.verifier;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.kerjasama.audit.Adoption;
import id.kerjasama.audit.AuditBundle;
import id.kerjasama.audit.ChainLink;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.Inclusion;

import java.io.IOException;
import java.util.List;

/**
 * Reads a bundle strictly: no unknown or missing fields, no duplicate keys, no numbers written as strings or
 * fractions, nothing after the document. A bundle has one spelling, so a changed byte is a changed bundle.
 * Every format is read: the first, without adoptions, is what auditors downloaded before adoptions existed; the
 * second, without documents, before documents were listed.
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
        String format = MAPPER.readTree(json).path("format").textValue();
        if (AuditBundle.FIRST_FORMAT.equals(format)) {
            return MAPPER.readValue(json, FirstFormat.class).bundle();
        }
        if (AuditBundle.SECOND_FORMAT.equals(format)) {
            return MAPPER.readValue(json, SecondFormat.class).bundle();
        }
        return MAPPER.readValue(json, AuditBundle.class);
    }

    /** The second format's fields: those of today's bundle but {@code documents}, which it may not carry. */
    record SecondFormat(String format, String cooperationId, List<AuditBundle.Event> events, List<ChainLink> chain,
                        List<Adoption> adoptions, Checkpoint checkpoint, Inclusion inclusion) {

        AuditBundle bundle() {
            return new AuditBundle(format, cooperationId, events, chain, adoptions, checkpoint, inclusion);
        }
    }

    /** The first format's fields: those of today's bundle but {@code adoptions}, which it may not carry. */
    record FirstFormat(String format, String cooperationId, List<AuditBundle.Event> events, List<ChainLink> chain,
                       Checkpoint checkpoint, Inclusion inclusion) {

        AuditBundle bundle() {
            return new AuditBundle(format, cooperationId, events, chain, List.of(), checkpoint, inclusion);
        }
    }
}
