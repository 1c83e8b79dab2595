package id.kerjasama.audit;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static id.kerjasama.audit.Failure.Kind.CHECKPOINT_SIGNATURE_INVALID;
import static id.kerjasama.audit.Failure.Kind.NOT_INCLUDED_IN_CHECKPOINT;
import static id.kerjasama.audit.Failure.Kind.PAYLOAD_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bundle verifies offline against the trusted key alone, and proves nothing without a checkpoint. */
class BundleVerifierTest {

    private static final String ID = History.COOPERATION;
    private static final KeyPair KEY = SigningKeys.generate();

    private final History history = History.of(4);
    private final MerkleTree tree = MerkleTree.of(List.of(history.head(), History.of("7d0c0000-0000-4000-8000-000000000000", 1).head()));
    private final Checkpoint checkpoint = Checkpoint.sign(5, Instant.now(), tree, KEY);

    @Test
    void a_bundle_as_written_verifies_with_the_trusted_key() {
        AuditBundle bundle = AuditBundle.of(ID, history.events, history.links, List.of(), checkpoint, tree.inclusionOf(ID).orElseThrow(), List.of());

        assertThat(BundleVerifier.verify(bundle, KEY.getPublic())).isEqualTo(new Verification(ID, true, 4, 5L, 3L, null, List.of()));
    }

    @Test
    void the_payload_and_metadata_travel_as_the_stored_bytes() {
        AuditBundle.Event event = AuditBundle.of(ID, history.events, history.links, List.of(), null, null, List.of()).events().get(0);

        assertThat(event.stored(ID)).hasValueSatisfying(stored -> {
            assertThat(stored.payload()).isEqualTo(history.events.get(0).payload());
            assertThat(stored.metaData()).isEqualTo(history.events.get(0).metaData());
        });
    }

    @Test
    void a_bundle_without_a_checkpoint_proves_nothing() {
        AuditBundle bundle = AuditBundle.of(ID, history.events, history.links, List.of(), null, null, List.of());

        Verification verification = BundleVerifier.verify(bundle, KEY.getPublic());

        assertThat(verification.failure().kind()).isEqualTo(NOT_INCLUDED_IN_CHECKPOINT);
        assertThat(verification.failure().detail()).contains("POST /api/audit/checkpoints");
    }

    @Test
    void a_bundle_whose_checkpoint_has_no_leaf_for_the_cooperation_proves_nothing() {
        AuditBundle bundle = AuditBundle.of(ID, history.events, history.links, List.of(), checkpoint, null, List.of());

        assertThat(BundleVerifier.verify(bundle, KEY.getPublic()).failure().kind()).isEqualTo(NOT_INCLUDED_IN_CHECKPOINT);
    }

    @Test
    void a_bundle_checked_against_another_key_fails_on_the_signature() {
        AuditBundle bundle = AuditBundle.of(ID, history.events, history.links, List.of(), checkpoint, tree.inclusionOf(ID).orElseThrow(), List.of());

        assertThat(BundleVerifier.verify(bundle, SigningKeys.generate().getPublic()).failure().kind())
                .isEqualTo(CHECKPOINT_SIGNATURE_INVALID);
    }

    @Test
    void a_payload_in_another_base64_spelling_is_a_changed_payload() {
        AuditBundle bundle = AuditBundle.of(ID, history.events, history.links, List.of(), checkpoint, tree.inclusionOf(ID).orElseThrow(), List.of());
        List<AuditBundle.Event> events = new ArrayList<>(bundle.events());
        AuditBundle.Event event = events.get(1);
        // the same bytes with a line break, which a lenient decoder would ignore
        events.set(1, new AuditBundle.Event(1, event.eventIdentifier(), event.aggregateType(), event.payloadType(),
                event.payloadRevision(), event.timestamp(), event.payload().substring(0, 4) + "\r\n" + event.payload().substring(4),
                event.metaData()));
        AuditBundle respelled = new AuditBundle(bundle.format(), ID, events, bundle.chain(), bundle.adoptions(), checkpoint, bundle.inclusion());

        Verification verification = BundleVerifier.verify(respelled, KEY.getPublic());

        assertThat(verification.failure().kind()).isEqualTo(PAYLOAD_CHANGED);
        assertThat(verification.failure().sequenceNumber()).isEqualTo(1L);
    }

    @Test
    void a_bundle_of_another_format_is_refused() {
        AuditBundle bundle = new AuditBundle("kerjasama-audit-bundle/0", ID, List.of(), List.of(), List.of(), null, null);

        assertThatThrownBy(() -> BundleVerifier.verify(bundle, KEY.getPublic())).hasMessageContaining("format");
    }

    @Test
    void a_bundle_of_the_first_format_verifies_as_one_without_adoptions_and_cannot_carry_any() {
        AuditBundle current = AuditBundle.of(ID, history.events, history.links, List.of(), checkpoint, tree.inclusionOf(ID).orElseThrow(), List.of());
        AuditBundle first = new AuditBundle(AuditBundle.FIRST_FORMAT, ID, current.events(), current.chain(), List.of(),
                checkpoint, current.inclusion());
        Checkpoint before = Checkpoint.sign(4, History.ADOPTED_AT.minusSeconds(1), tree, KEY);
        AuditBundle withAdoptions = new AuditBundle(AuditBundle.FIRST_FORMAT, ID, current.events(), current.chain(),
                History.adopted(ID, 4, 1, "operator-pusat", before, KEY).adoptions, checkpoint, current.inclusion());

        assertThat(BundleVerifier.verify(first, KEY.getPublic())).isEqualTo(new Verification(ID, true, 4, 5L, 3L, null, List.of()));
        assertThatThrownBy(() -> BundleVerifier.verify(withAdoptions, KEY.getPublic())).hasMessageContaining("has no adoptions");
    }
}
