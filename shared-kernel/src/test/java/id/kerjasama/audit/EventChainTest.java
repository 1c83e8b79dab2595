package id.kerjasama.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form and the event hash, against the test vector of docs/AUDIT-CHAIN.md. */
class EventChainTest {

    static final StoredEvent FIRST = new StoredEvent("e-1", "c-1", 0, "Cooperation", "x.Initiated", "1",
            "2025-04-25T01:02:03.000Z", "{}".getBytes(StandardCharsets.UTF_8), null);
    static final StoredEvent SECOND = new StoredEvent("e-2", "c-1", 1, "Cooperation", "x.Signed", null,
            "2025-04-26T01:02:03.000Z", "{\"n\":1}".getBytes(StandardCharsets.UTF_8),
            "{\"actorId\":\"siti\"}".getBytes(StandardCharsets.UTF_8));
    static final String FIRST_HASH = "36f7c8003d761554b9cfe935d78a89bae5e18f2803d135b8d74e22a61571dbe8";
    static final String SECOND_HASH = "e8eaac4ba0e79bc891c19f5130df149269eb66ad6c268e5bfbb30ec63441117c";

    @Test
    void the_canonical_form_is_the_documented_byte_layout() {
        String expected = "00000012" + hex("kerjasama.event.v1")
                + "00000003" + hex("e-1")
                + "00000003" + hex("c-1")
                + "0000000000000000"
                + "0000000b" + hex("Cooperation")
                + "0000000b" + hex("x.Initiated")
                + "00000001" + hex("1")
                + "00000018" + hex("2025-04-25T01:02:03.000Z")
                + "00000002" + hex("{}")
                + "ffffffff"
                + "00000020" + "00".repeat(32);
        assertThat(HexFormat.of().formatHex(EventChain.canonicalForm(FIRST, new byte[32]))).isEqualTo(expected);
    }

    @Test
    void the_test_vector_hashes_as_documented() {
        assertThat(EventChain.link(EventChain.GENESIS, FIRST)).isEqualTo(FIRST_HASH);
        assertThat(EventChain.link(FIRST_HASH, SECOND)).isEqualTo(SECOND_HASH);
    }

    @Test
    void every_stored_field_and_the_previous_hash_change_the_hash() {
        List<UnaryOperator<StoredEvent>> changes = List.of(
                e -> new StoredEvent("e-9", e.aggregateIdentifier(), e.sequenceNumber(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), "c-9", e.sequenceNumber(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), e.aggregateIdentifier(), 9, e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), null, e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.aggregateType(), "x.Other", e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.aggregateType(), e.payloadType(), "2", e.timestamp(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.aggregateType(), e.payloadType(), e.payloadRevision(), "2025-04-25T01:02:03.001Z", e.payload(), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), "{ }".getBytes(StandardCharsets.UTF_8), e.metaData()),
                e -> new StoredEvent(e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), new byte[0]));
        for (UnaryOperator<StoredEvent> change : changes) {
            assertThat(EventChain.link(EventChain.GENESIS, change.apply(FIRST))).isNotEqualTo(FIRST_HASH);
        }
        assertThat(EventChain.link("11".repeat(32), FIRST)).isNotEqualTo(FIRST_HASH);
    }

    @Test
    void lengths_keep_neighbouring_fields_apart_and_absent_differs_from_empty() {
        StoredEvent ab = new StoredEvent("ab", "c", 0, null, "t", null, "x", new byte[0], null);
        StoredEvent a = new StoredEvent("a", "bc", 0, null, "t", null, "x", new byte[0], null);
        assertThat(EventChain.link(EventChain.GENESIS, ab)).isNotEqualTo(EventChain.link(EventChain.GENESIS, a));

        StoredEvent emptyRevision = new StoredEvent("a", "c", 0, null, "t", "", "x", new byte[0], null);
        StoredEvent noRevision = new StoredEvent("a", "c", 0, null, "t", null, "x", new byte[0], null);
        assertThat(EventChain.link(EventChain.GENESIS, emptyRevision)).isNotEqualTo(EventChain.link(EventChain.GENESIS, noRevision));
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
