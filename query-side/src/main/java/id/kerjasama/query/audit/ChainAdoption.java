package id.kerjasama.query.audit;

import id.kerjasama.audit.Adoption;
import id.kerjasama.audit.ChainLink;
import id.kerjasama.audit.ChainWalk;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.EventChain;
import id.kerjasama.audit.Failure;
import id.kerjasama.audit.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way events stored before the chain existed (an old store, a migration) enter it: an operator adopts
 * them, naming why. A checkpoint is signed first, so everything chained until then stays proven from its origin and
 * the adoption cannot reach back into it; then, for each cooperation, the events stored unchained after its intact
 * chain are adopted by a signed record that their first link follows; then a checkpoint is signed over the result.
 * Verifiers report adopted events as adopted on that date by that operator, never as proven from their origin.
 */
@Service
public class ChainAdoption {

    private static final Logger log = LoggerFactory.getLogger(ChainAdoption.class);

    /** What one adoption did: the checkpoint signed just before, the records signed, the checkpoint over the result. */
    public record Result(Checkpoint checkpointBefore, List<Adoption> adoptions, Checkpoint checkpointAfter) {
    }

    private final ChainRecords records;
    private final Adoptions adoptions;
    private final Checkpointing checkpointing;
    private final SigningKey key;
    private final TransactionTemplate transactions;

    ChainAdoption(ChainRecords records, Adoptions adoptions, Checkpointing checkpointing, SigningKey key,
                  TransactionTemplate transactions) {
        this.records = records;
        this.adoptions = adoptions;
        this.checkpointing = checkpointing;
        this.key = key;
        this.transactions = transactions;
    }

    /**
     * @param cooperationIds the cooperations whose unchained events to adopt; empty for every cooperation that has any
     * @throws AdoptionRefused  if a cooperation has nothing to adopt, or its chain fails before its unchained events
     * @throws CheckpointRefused if the checkpoint before cannot be signed (the store contradicts the last one)
     */
    public synchronized Result adopt(String operator, String reason, List<String> cooperationIds) {
        Checkpoint before = checkpointing.create();
        List<Adoption> adopted;
        try {
            adopted = transactions.execute(status -> {
                List<String> ids = cooperationIds.isEmpty() ? records.cooperationsWithUnchainedEvents()
                        : cooperationIds.stream().distinct().toList();
                Instant now = Instant.now();
                List<Adoption> signed = new ArrayList<>();
                for (String cooperationId : ids) {
                    signed.add(adopt(cooperationId, now, operator, reason, before));
                }
                return signed;
            });
        } catch (DuplicateKeyException anotherInstanceAdoptedFirst) {
            throw new AdoptionRefused(cooperationIds.isEmpty() ? "(all)" : String.join(", ", cooperationIds),
                    "adopted concurrently by another request", null);
        }
        Checkpoint after = checkpointing.create();
        log.warn("SECURITY: {} adopted {} events of {} cooperations stored outside the chain, after checkpoint {}, "
                        + "signed over by checkpoint {}; reason: {}", operator,
                adopted.stream().mapToLong(a -> a.lastSequence() - a.firstSequence() + 1).sum(), adopted.size(),
                before.number(), after.number(), AuditAccessLog.printable(reason, "-"));
        return new Result(before, adopted, after);
    }

    private Adoption adopt(String cooperationId, Instant now, String operator, String reason, Checkpoint before) {
        ChainRecords.Chain chain = records.of(cooperationId);
        ChainWalk walk = ChainWalk.of(cooperationId, chain.events(), chain.links(), adoptions.of(cooperationId), key.publicKey());
        Failure failure = walk.failure().orElseThrow(() -> new AdoptionRefused(cooperationId,
                chain.isEmpty() ? "no such cooperation" : "nothing to adopt: every stored event is chained", null));
        long first = walk.verified();
        List<StoredEvent> unchained = chain.events().stream().filter(event -> event.sequenceNumber() >= first).toList();
        boolean onlyUnchainedAfterTheChain = failure.kind() == Failure.Kind.EVENT_INSERTED
                && failure.sequenceNumber() == first
                && chain.links().stream().noneMatch(link -> link.sequenceNumber() >= first);
        for (int i = 0; onlyUnchainedAfterTheChain && i < unchained.size(); i++) {
            onlyUnchainedAfterTheChain = unchained.get(i).sequenceNumber() == first + i;
        }
        if (!onlyUnchainedAfterTheChain) {
            throw new AdoptionRefused(cooperationId, "only events stored without links after an intact chain, without "
                    + "gaps, can be adopted; verification fails otherwise: " + failure.kind() + " " + failure.detail(), failure);
        }
        long last = first + unchained.size() - 1;
        Adoption adoption = Adoption.sign(cooperationId, first, last, walk.verifiedHead(), now, operator, reason, before,
                key.keyPair());
        String previous = adoption.hash().orElseThrow();
        List<ChainLink> links = new ArrayList<>();
        for (StoredEvent event : unchained) {
            String hash = EventChain.link(previous, event);
            links.add(new ChainLink(event.sequenceNumber(), event.eventIdentifier(), previous, hash));
            previous = hash;
        }
        adoptions.insert(adoption);
        records.insertLinks(cooperationId, links);
        return adoption;
    }
}
