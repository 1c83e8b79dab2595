package id.kerjasama.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static id.kerjasama.audit.Failure.Kind.NOT_INCLUDED_IN_CHECKPOINT;
import static id.kerjasama.audit.Failure.Kind.PAYLOAD_CHANGED;

/**
 * Verifies an audit bundle against a public key the auditor trusts (obtained from the operator, not from the
 * bundle): the checkpoint's signature, then the chain (through the signed adoption records, if any), then the
 * inclusion of the chain's head in the checkpoint.
 * A bundle proves nothing without a checkpoint that covers the cooperation.
 */
public final class BundleVerifier {

    private BundleVerifier() {
    }

    /**
     * @throws IllegalArgumentException if the bundle is of another format than this verifier knows, or of the first
     *                                  format, which has no adoption records, with some
     */
    public static Verification verify(AuditBundle bundle, PublicKey trustedKey) {
        boolean first = AuditBundle.FIRST_FORMAT.equals(bundle.format());
        boolean current = AuditBundle.FORMAT.equals(bundle.format());
        if (!first && !current && !AuditBundle.SECOND_FORMAT.equals(bundle.format())) {
            throw new IllegalArgumentException("Not a bundle of format " + AuditBundle.FORMAT + ", "
                    + AuditBundle.SECOND_FORMAT + " or " + AuditBundle.FIRST_FORMAT + ": " + bundle.format());
        }
        if (first && !bundle.adoptions().isEmpty()) {
            throw new IllegalArgumentException("A bundle of format " + AuditBundle.FIRST_FORMAT + " has no adoptions");
        }
        if (!current && !bundle.documents().isEmpty()) {
            throw new IllegalArgumentException("A bundle of format " + bundle.format() + " lists no documents");
        }
        String cooperationId = bundle.cooperationId();
        Checkpoint checkpoint = bundle.checkpoint();
        Long checkpointNumber = checkpoint == null ? null : checkpoint.number();
        int count = bundle.events().size();
        List<StoredEvent> events = new ArrayList<>();
        for (AuditBundle.Event event : bundle.events()) {
            Optional<StoredEvent> stored = event.stored(cooperationId);
            if (stored.isEmpty()) {
                return Verification.failed(cooperationId, count, checkpointNumber, Failure.at(PAYLOAD_CHANGED,
                        event.sequenceNumber(), event.eventIdentifier(), "the payload or metadata of event "
                                + event.eventIdentifier() + " is not the base64 the bundle was written with"));
            }
            events.add(stored.get());
        }
        Optional<Failure> signature = checkpoint == null ? Optional.empty() : checkpoint.verifySignature(trustedKey);
        if (signature.isPresent()) {
            return Verification.failed(cooperationId, count, checkpointNumber, signature.get());
        }
        Verification verification = ChainVerifier.verify(cooperationId, events, bundle.chain(), bundle.adoptions(),
                trustedKey, checkpoint, bundle.inclusion());
        if (verification.intact() && verification.provenThrough() == null) {
            return Verification.failed(cooperationId, count, checkpointNumber, Failure.of(NOT_INCLUDED_IN_CHECKPOINT,
                    checkpoint == null
                            ? "no checkpoint covers this cooperation yet: make one (POST /api/audit/checkpoints) and download the bundle again"
                            : "checkpoint " + checkpoint.number() + " has no leaf for this cooperation"));
        }
        return verification;
    }
}
