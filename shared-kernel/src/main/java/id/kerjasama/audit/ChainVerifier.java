package id.kerjasama.audit;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static id.kerjasama.audit.Failure.Kind.NOT_INCLUDED_IN_CHECKPOINT;

/**
 * Verifies one cooperation: its chain recomputed from the stored events against the recorded links, then its
 * head against the checkpoint (the head it signed is on the recomputed chain, and the inclusion proof leads from
 * that head to the signed root). The checkpoint's signature is checked by the caller, once per checkpoint.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** A cooperation without adoptions: every event must have been chained when it was appended. */
    public static Verification verify(String cooperationId, List<StoredEvent> events, List<ChainLink> links,
                                      Checkpoint checkpoint, Inclusion inclusion) {
        return verify(cooperationId, events, links, List.of(), null, checkpoint, inclusion);
    }

    /**
     * @param adoptions  the cooperation's adoption records, whose signatures must verify with {@code trustedKey}
     * @param checkpoint a checkpoint whose signature the caller verified, or null if there is none yet
     * @param inclusion  the cooperation's inclusion in that checkpoint, or null if the checkpoint has no leaf for it
     *                   (a cooperation begun after it)
     */
    public static Verification verify(String cooperationId, List<StoredEvent> events, List<ChainLink> links,
                                      List<Adoption> adoptions, PublicKey trustedKey, Checkpoint checkpoint,
                                      Inclusion inclusion) {
        ChainHead signedHead = inclusion == null ? null
                : new ChainHead(cooperationId, inclusion.sequenceNumber(), inclusion.hash());
        return verify(cooperationId, events, links, adoptions, trustedKey, checkpoint, signedHead,
                () -> includedIn(cooperationId, checkpoint, inclusion));
    }

    /**
     * As {@link #verify(String, List, List, List, PublicKey, Checkpoint, Inclusion)}, for a caller that rebuilt the
     * checkpoint's whole tree from the leaves recorded for it and found the root it signed: each leaf of that tree is
     * proven by the rebuild, so that only the chain must pass through {@code signedHead}, the cooperation's leaf
     * (null if the tree has none), and no inclusion proof is drawn and checked again for every cooperation.
     */
    public static Verification verifyAgainstLeaf(String cooperationId, List<StoredEvent> events, List<ChainLink> links,
                                                 List<Adoption> adoptions, PublicKey trustedKey, Checkpoint checkpoint,
                                                 ChainHead signedHead) {
        return verify(cooperationId, events, links, adoptions, trustedKey, checkpoint, signedHead, Optional::empty);
    }

    private static Verification verify(String cooperationId, List<StoredEvent> events, List<ChainLink> links,
                                       List<Adoption> adoptions, PublicKey trustedKey, Checkpoint checkpoint,
                                       ChainHead signedHead, Supplier<Optional<Failure>> leafProof) {
        Long checkpointNumber = checkpoint == null ? null : checkpoint.number();
        ChainWalk walk = ChainWalk.of(cooperationId, events, links, adoptions, trustedKey);
        Optional<Failure> failure = walk.failure();
        if (failure.isEmpty() && checkpoint != null && signedHead != null) {
            failure = walk.reaches(signedHead, checkpoint.number()).or(leafProof);
        }
        if (failure.isPresent()) {
            return Verification.failed(cooperationId, events.size(), checkpointNumber, failure.get());
        }
        return Verification.intact(cooperationId, events.size(), checkpointNumber,
                signedHead == null || checkpoint == null ? null : signedHead.sequenceNumber(), walk.adoptions());
    }

    private static Optional<Failure> includedIn(String cooperationId, Checkpoint checkpoint, Inclusion inclusion) {
        Optional<String> root = inclusion.rootFor(cooperationId, checkpoint.treeSize());
        if (root.isPresent() && root.get().equals(checkpoint.rootHash())) {
            return Optional.empty();
        }
        return Optional.of(Failure.at(NOT_INCLUDED_IN_CHECKPOINT, inclusion.sequenceNumber(), null, "the head at sequence "
                + inclusion.sequenceNumber() + " does not lead to the root that checkpoint " + checkpoint.number()
                + " signed: the inclusion proof or the checkpoint's recorded heads were changed"));
    }
}
