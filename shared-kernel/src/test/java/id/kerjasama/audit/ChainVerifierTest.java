package id.kerjasama.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static id.kerjasama.audit.Failure.Kind.ADOPTION_INVALID;
import static id.kerjasama.audit.Failure.Kind.CHAIN_TABLE_ALTERED;
import static id.kerjasama.audit.Failure.Kind.EVENTS_REORDERED;
import static id.kerjasama.audit.Failure.Kind.EVENT_INSERTED;
import static id.kerjasama.audit.Failure.Kind.EVENT_MISSING;
import static id.kerjasama.audit.Failure.Kind.NOT_INCLUDED_IN_CHECKPOINT;
import static id.kerjasama.audit.Failure.Kind.PAYLOAD_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of tampering with a cooperation's rows is found at the first event it touches, and named. */
class ChainVerifierTest {

    private static final String ID = History.COOPERATION;
    private static final KeyPair KEY = SigningKeys.generate();

    private final History history = History.of(6);

    @Test
    void an_untouched_history_is_intact_and_proven_up_to_the_signed_head() {
        History other = History.of("7d0c0000-0000-4000-8000-000000000000", 2);
        MerkleTree tree = MerkleTree.of(List.of(history.head(), other.head()));
        Checkpoint checkpoint = Checkpoint.sign(1, Instant.now(), tree, KEY);

        Verification verification = ChainVerifier.verify(ID, history.events, history.links, checkpoint, tree.inclusionOf(ID).orElseThrow());

        assertThat(verification).isEqualTo(new Verification(ID, true, 6, 1L, 5L, null, List.of()));
    }

    @Test
    void events_after_the_checkpoint_are_intact_but_not_yet_proven() {
        History before = History.of(4);
        MerkleTree tree = MerkleTree.of(List.of(before.head()));
        Checkpoint checkpoint = Checkpoint.sign(1, Instant.now(), tree, KEY);

        Verification verification = ChainVerifier.verify(ID, history.events, history.links, checkpoint, tree.inclusionOf(ID).orElseThrow());

        assertThat(verification.intact()).isTrue();
        assertThat(verification.provenThrough()).isEqualTo(3L);
        assertThat(ChainVerifier.verify(ID, history.events, history.links, null, null).provenThrough()).isNull();
    }

    @Test
    void a_changed_payload_byte_is_payload_changed_at_that_event() {
        StoredEvent event = history.events.get(2);
        byte[] payload = event.payload().clone();
        payload[5] ^= 1;
        history.events.set(2, new StoredEvent(event.eventIdentifier(), ID, 2, event.aggregateType(), event.payloadType(),
                event.payloadRevision(), event.timestamp(), payload, event.metaData()));

        assertFailure(PAYLOAD_CHANGED, 2, event.eventIdentifier());
    }

    @Test
    void changed_metadata_is_payload_changed_too() {
        StoredEvent event = history.events.get(4);
        history.events.set(4, new StoredEvent(event.eventIdentifier(), ID, 4, event.aggregateType(), event.payloadType(),
                event.payloadRevision(), event.timestamp(), event.payload(),
                "{\"actorId\":\"someone else\"}".getBytes(StandardCharsets.UTF_8)));

        assertFailure(PAYLOAD_CHANGED, 4, event.eventIdentifier());
    }

    @Test
    void a_deleted_event_is_missing_at_its_sequence() {
        StoredEvent deleted = history.events.remove(3);

        assertFailure(EVENT_MISSING, 3, deleted.eventIdentifier());
    }

    @Test
    void two_events_with_swapped_sequence_numbers_are_reordered() {
        StoredEvent one = history.events.get(1);
        StoredEvent four = history.events.get(4);
        history.events.set(1, history.withSequence(four, 1));
        history.events.set(4, history.withSequence(one, 4));

        assertFailure(EVENTS_REORDERED, 1, four.eventIdentifier());
    }

    @Test
    void an_event_appended_outside_the_application_is_inserted() {
        StoredEvent extra = History.event(ID, 6);
        history.events.add(extra);

        assertFailure(EVENT_INSERTED, 6, extra.eventIdentifier());
    }

    @Test
    void an_event_slipped_in_between_is_inserted_where_it_stands() {
        List<StoredEvent> shifted = new ArrayList<>(history.events.subList(0, 2));
        StoredEvent forged = new StoredEvent("forged", ID, 2, "Cooperation", "x.Forged", "1", "2025-09-01T00:00:00.000Z", new byte[]{1}, null);
        shifted.add(forged);
        history.events.subList(2, 6).forEach(event -> shifted.add(history.withSequence(event, event.sequenceNumber() + 1)));
        history.events.clear();
        history.events.addAll(shifted);

        Failure failure = assertFailure(EVENT_INSERTED, 2, "forged");
        assertThat(failure.detail()).contains("is now stored at 3");
    }

    @Test
    void a_changed_hash_in_the_chain_table_is_chain_table_altered() {
        ChainLink link = history.links.get(2);
        history.links.set(2, history.withHash(link, link.previousHash(), "ab".repeat(32)));

        assertFailure(CHAIN_TABLE_ALTERED, 2, link.eventIdentifier());
    }

    @Test
    void a_changed_previous_hash_in_the_chain_table_is_chain_table_altered() {
        ChainLink link = history.links.get(3);
        history.links.set(3, history.withHash(link, "ab".repeat(32), link.hash()));

        assertFailure(CHAIN_TABLE_ALTERED, 3, link.eventIdentifier());
    }

    @Test
    void a_deleted_chain_link_is_chain_table_altered() {
        ChainLink deleted = history.links.remove(1);

        assertFailure(CHAIN_TABLE_ALTERED, 1, deleted.eventIdentifier());
    }

    @Test
    void a_chain_link_naming_another_event_is_chain_table_altered() {
        ChainLink link = history.links.get(4);
        history.links.set(4, new ChainLink(4, "someone-else", link.previousHash(), link.hash()));

        assertFailure(CHAIN_TABLE_ALTERED, 4, history.events.get(4).eventIdentifier());
    }

    @Test
    void a_history_rewritten_with_its_chain_contradicts_the_checkpoint() {
        MerkleTree signedTree = MerkleTree.of(List.of(history.head()));
        Checkpoint checkpoint = Checkpoint.sign(3, Instant.now(), signedTree, KEY);
        Inclusion signed = signedTree.inclusionOf(ID).orElseThrow();
        StoredEvent event = history.events.get(1);
        history.events.set(1, new StoredEvent(event.eventIdentifier(), ID, 1, event.aggregateType(), event.payloadType(),
                event.payloadRevision(), "2024-01-01T00:00:00.000Z", event.payload(), event.metaData()));
        List<ChainLink> rewritten = History.chain(history.events);

        Verification verification = ChainVerifier.verify(ID, history.events, rewritten, checkpoint, signed);

        assertThat(verification.failure().kind()).isEqualTo(CHAIN_TABLE_ALTERED);
        assertThat(verification.failure().sequenceNumber()).isEqualTo(5L);
        assertThat(verification.failure().detail()).contains("checkpoint 3");
    }

    @Test
    void the_last_events_deleted_with_their_links_are_missing_by_the_checkpoint() {
        MerkleTree signedTree = MerkleTree.of(List.of(history.head()));
        Checkpoint checkpoint = Checkpoint.sign(1, Instant.now(), signedTree, KEY);
        history.events.subList(4, 6).clear();
        history.links.subList(4, 6).clear();

        Verification verification = ChainVerifier.verify(ID, history.events, history.links, checkpoint, signedTree.inclusionOf(ID).orElseThrow());

        assertThat(verification.failure().kind()).isEqualTo(EVENT_MISSING);
        assertThat(verification.failure().sequenceNumber()).isEqualTo(4L);
    }

    @Test
    void a_head_that_does_not_lead_to_the_signed_root_is_not_included() {
        History other = History.of("7d0c0000-0000-4000-8000-000000000000", 2);
        MerkleTree tree = MerkleTree.of(List.of(history.head(), other.head()));
        Checkpoint checkpoint = Checkpoint.sign(2, Instant.now(), tree, KEY);
        Inclusion inclusion = tree.inclusionOf(ID).orElseThrow();
        Inclusion wrongSibling = new Inclusion(inclusion.leafIndex(), inclusion.sequenceNumber(), inclusion.hash(), List.of("cd".repeat(32)));

        Verification verification = ChainVerifier.verify(ID, history.events, history.links, checkpoint, wrongSibling);

        assertThat(verification.failure().kind()).isEqualTo(NOT_INCLUDED_IN_CHECKPOINT);
        assertThat(verification.checkpoint()).isEqualTo(2L);
    }

    @Test
    void an_inclusion_at_a_negative_sequence_number_is_not_included() {
        MerkleTree tree = MerkleTree.of(List.of(history.head()));
        Checkpoint checkpoint = Checkpoint.sign(1, Instant.now(), tree, KEY);
        Inclusion inclusion = tree.inclusionOf(ID).orElseThrow();
        Inclusion negative = new Inclusion(inclusion.leafIndex(), -1, inclusion.hash(), inclusion.path());

        assertThat(ChainVerifier.verify(ID, history.events, history.links, checkpoint, negative).failure().kind())
                .isEqualTo(NOT_INCLUDED_IN_CHECKPOINT);
    }

    @Test
    void adopted_events_verify_through_their_signed_adoption_and_are_reported_as_adopted() {
        Checkpoint before = Checkpoint.sign(3, History.ADOPTED_AT.minusSeconds(1), MerkleTree.of(List.of()), KEY);
        History adopted = History.adopted(ID, 6, 2, "operator-pusat", before, KEY);
        MerkleTree tree = MerkleTree.of(List.of(new ChainHead(ID, 5, adopted.links.get(5).hash())));
        Checkpoint after = Checkpoint.sign(4, History.ADOPTED_AT, tree, KEY);

        Verification verification = ChainVerifier.verify(ID, adopted.events, adopted.links, adopted.adoptions,
                KEY.getPublic(), after, tree.inclusionOf(ID).orElseThrow());

        assertThat(verification.intact()).as("%s", verification.failure()).isTrue();
        assertThat(verification.provenThrough()).isEqualTo(5L);
        assertThat(verification.adoptions()).singleElement().satisfies(adoption -> {
            assertThat(adoption.operator()).isEqualTo("operator-pusat");
            assertThat(adoption.adoptedAt()).isEqualTo("2025-10-02T03:04:05Z");
            assertThat(adoption.firstSequence()).isEqualTo(2);
            assertThat(adoption.lastSequence()).isEqualTo(5);
            assertThat(adoption.checkpointBefore()).isEqualTo(3);
        });
    }

    @Test
    void an_adoption_reworded_or_signed_by_another_key_is_invalid_and_a_removed_one_breaks_the_chain() {
        Checkpoint before = Checkpoint.sign(3, History.ADOPTED_AT.minusSeconds(1), MerkleTree.of(List.of()), KEY);
        History adopted = History.adopted(ID, 4, 0, "operator-pusat", before, KEY);
        Adoption a = adopted.adoptions.get(0);
        Adoption reworded = new Adoption(a.aggregateIdentifier(), a.firstSequence(), a.lastSequence(), a.previousHash(),
                a.adoptedAt(), "operator-lain", a.reason(), a.checkpointBefore(), a.checkpointBeforeRoot(), a.keyId(), a.signature());
        Adoption otherKey = History.adopted(ID, 4, 0, "operator-pusat", before, SigningKeys.generate()).adoptions.get(0);

        for (Adoption forged : List.of(reworded, otherKey)) {
            Verification verification = ChainVerifier.verify(ID, adopted.events, adopted.links, List.of(forged),
                    KEY.getPublic(), null, null);
            assertThat(verification.failure().kind()).as(verification.failure().detail()).isEqualTo(ADOPTION_INVALID);
        }
        Verification removed = ChainVerifier.verify(ID, adopted.events, adopted.links, List.of(), KEY.getPublic(), null, null);
        assertThat(removed.failure().kind()).isEqualTo(CHAIN_TABLE_ALTERED);
        assertThat(removed.failure().sequenceNumber()).isZero();
    }

    @Test
    void an_adoption_that_names_more_events_than_are_stored_finds_them_missing() {
        Checkpoint before = Checkpoint.sign(3, History.ADOPTED_AT.minusSeconds(1), MerkleTree.of(List.of()), KEY);
        History adopted = History.adopted(ID, 5, 1, "operator-pusat", before, KEY);

        Verification verification = ChainVerifier.verify(ID, adopted.events.subList(0, 4), adopted.links.subList(0, 4),
                adopted.adoptions, KEY.getPublic(), null, null);

        assertThat(verification.failure().kind()).isEqualTo(EVENT_MISSING);
        assertThat(verification.failure().sequenceNumber()).isEqualTo(4);
    }

    private Failure assertFailure(Failure.Kind kind, long sequence, String eventIdentifier) {
        Verification verification = ChainVerifier.verify(ID, history.events, history.links, null, null);
        assertThat(verification.intact()).isFalse();
        Failure failure = verification.failure();
        assertThat(failure.kind()).as(failure.detail()).isEqualTo(kind);
        assertThat(failure.sequenceNumber()).as(failure.detail()).isEqualTo(sequence);
        assertThat(failure.eventIdentifier()).as(failure.detail()).isEqualTo(eventIdentifier);
        return failure;
    }
}
