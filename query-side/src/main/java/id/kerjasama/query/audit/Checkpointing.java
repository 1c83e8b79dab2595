package id.kerjasama.query.audit;

import id.kerjasama.audit.Adoption;
import id.kerjasama.audit.ChainHead;
import id.kerjasama.audit.ChainWalk;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.Failure;
import id.kerjasama.audit.MerkleTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Signs checkpoints: every {@code kerjasama.audit.checkpoint-interval} and on demand. Before signing it verifies
 * every chain whose head moved since the last checkpoint, and that each still passes through the head the last
 * checkpoint signed; it refuses to sign otherwise, so a history rewritten between two checkpoints (events and
 * chain together) is never laundered into the next one. Chains that did not move keep their signed leaf.
 * <p>
 * The signer is the query side, not the command side that writes the events: the process that can append holds
 * no key that vouches for what it appended, and the query side can run with read-only rights on the event tables.
 */
@Service
public class Checkpointing {

    private static final Logger log = LoggerFactory.getLogger(Checkpointing.class);

    private final ChainRecords records;
    private final Adoptions adoptions;
    private final Checkpoints checkpoints;
    private final SigningKey key;
    private final TransactionTemplate transactions;

    Checkpointing(ChainRecords records, Adoptions adoptions, Checkpoints checkpoints, SigningKey key,
                  TransactionTemplate transactions) {
        this.records = records;
        this.adoptions = adoptions;
        this.checkpoints = checkpoints;
        this.key = key;
        this.transactions = transactions;
    }

    /** @throws CheckpointRefused if the stored history contradicts the last checkpoint */
    public synchronized Checkpoint create() {
        try {
            return transactions.execute(status -> sign());
        } catch (DuplicateKeyException anotherInstanceSignedFirst) {
            return checkpoints.latest().orElseThrow(() -> anotherInstanceSignedFirst);
        } catch (CheckpointRefused refused) {
            log.error("SECURITY: no checkpoint signed, the stored history contradicts the last one: {}", refused.getMessage());
            throw refused;
        }
    }

    @Scheduled(fixedDelayString = "${kerjasama.audit.checkpoint-interval:1h}",
            initialDelayString = "${kerjasama.audit.checkpoint-interval:1h}")
    void createOnSchedule() {
        try {
            create();
        } catch (CheckpointRefused alreadyLogged) {
            // the next interval tries again; the history stays unsigned until the tampering is dealt with
        }
    }

    private Checkpoint sign() {
        Optional<SignedHeads> previous = SignedHeads.latest(checkpoints, key.publicKey());
        previous.map(SignedHeads::problem).ifPresent(problem -> {
            throw new CheckpointRefused(null, problem);
        });
        long previousNumber = previous.map(signed -> signed.checkpoint().number()).orElse(0L);
        Map<String, ChainHead> signedBefore = previous.map(signed -> signed.tree().heads()).orElse(List.of()).stream()
                .collect(Collectors.toMap(ChainHead::aggregateIdentifier, Function.identity()));
        List<ChainHead> heads = records.currentHeads();
        List<ChainHead> changed = heads.stream().filter(head -> !head.equals(signedBefore.get(head.aggregateIdentifier()))).toList();

        Set<String> toVerify = changed.stream().map(ChainHead::aggregateIdentifier).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> stillChained = heads.stream().map(ChainHead::aggregateIdentifier).collect(Collectors.toSet());
        signedBefore.keySet().stream().filter(id -> !stillChained.contains(id)).forEach(toVerify::add);
        verify(toVerify, signedBefore, previousNumber);

        Checkpoint checkpoint = Checkpoint.sign(previousNumber + 1, Instant.now(), MerkleTree.of(heads), key.keyPair());
        checkpoints.insert(checkpoint, changed);
        log.info("Checkpoint {} signed: root {} over {} chains, {} of them moved", checkpoint.number(),
                checkpoint.rootHash(), heads.size(), changed.size());
        return checkpoint;
    }

    private void verify(Collection<String> cooperationIds, Map<String, ChainHead> signedBefore, long previousNumber) {
        Map<String, List<Adoption>> adopted = cooperationIds.isEmpty() ? Map.of() : adoptions.all();
        for (String cooperationId : cooperationIds) {
            ChainRecords.Chain chain = records.of(cooperationId);
            ChainWalk walk = ChainWalk.of(cooperationId, chain.events(), chain.links(),
                    adopted.getOrDefault(cooperationId, List.of()), key.publicKey());
            Optional<Failure> failure = walk.failure().or(() -> Optional.ofNullable(signedBefore.get(cooperationId))
                    .flatMap(signed -> walk.reaches(signed, previousNumber)));
            if (failure.isPresent()) {
                throw new CheckpointRefused(cooperationId, failure.get());
            }
        }
    }
}
