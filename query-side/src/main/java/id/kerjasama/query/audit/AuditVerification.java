package id.kerjasama.query.audit;

import id.kerjasama.query.cooperation.CooperationStore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import id.kerjasama.audit.Adoption;
import id.kerjasama.audit.AuditBundle;
import id.kerjasama.audit.ChainHead;
import id.kerjasama.audit.ChainVerifier;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.Failure;
import id.kerjasama.audit.Verification;
import id.kerjasama.query.security.CooperationNotFound;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Verifies stored histories against their chains and the latest checkpoint, one cooperation or the whole store,
 * and assembles audit bundles for offline verification.
 */
@Service
public class AuditVerification {

    /** How often the whole-store verification reports progress, in cooperations. */
    static final int PROGRESS_EVERY = 100;
    /** Cooperations the whole-store verification reads at a time: one statement per table for each block. */
    private static final int BLOCK = 500;
    /** Cooperations a verifying thread takes at a time: enough to outweigh handing them over, few enough to share a block evenly. */
    private static final int PART = 25;

    /** The lines of a whole-store verification, each one JSON object with its {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Started.class, name = "started"),
            @JsonSubTypes.Type(value = Progress.class, name = "progress"),
            @JsonSubTypes.Type(value = Failed.class, name = "failed"),
            @JsonSubTypes.Type(value = Finished.class, name = "finished")})
    public sealed interface Line permits Started, Progress, Failed, Finished {
    }

    /** @param checkpoint the number of the checkpoint proofs are drawn from, null if there is none */
    public record Started(Long checkpoint, int cooperations) implements Line {
    }

    public record Progress(int verified, int cooperations, long events) implements Line {
    }

    /** A cooperation that does not verify; without a cooperation id, the checkpoint itself is not to be trusted. */
    public record Failed(String cooperationId, Failure failure) implements Line {
    }

    /**
     * @param provenEvents  events covered by the checkpoint; the rest of the intact ones await the next checkpoint
     * @param adoptedEvents events of intact cooperations that an operator adopted: proven since their adoption only
     */
    public record Finished(int cooperations, long events, int intact, int failed, long provenEvents, long adoptedEvents,
                           Long checkpoint, long millis) implements Line {
    }

    private final ChainRecords records;
    private final CooperationStore cooperations;
    private final Adoptions adoptions;
    private final Checkpoints checkpoints;
    private final SigningKey key;

    AuditVerification(ChainRecords records, Adoptions adoptions, Checkpoints checkpoints, SigningKey key,
                      CooperationStore cooperations) {
        this.cooperations = cooperations;
        this.records = records;
        this.adoptions = adoptions;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    public Verification verify(String cooperationId) {
        ChainRecords.Chain chain = records.of(cooperationId);
        Optional<SignedHeads> signed = SignedHeads.latest(checkpoints, key.publicKey());
        requireKnown(cooperationId, chain, signed);
        Checkpoint checkpoint = signed.map(SignedHeads::checkpoint).orElse(null);
        if (signed.isPresent() && signed.get().problem() != null) {
            return Verification.failed(cooperationId, chain.events().size(), checkpoint.number(), signed.get().problem());
        }
        ChainHead leaf = signed.flatMap(heads -> heads.leafOf(cooperationId)).orElse(null);
        return ChainVerifier.verifyAgainstLeaf(cooperationId, chain.events(), chain.links(), adoptions.of(cooperationId),
                key.publicKey(), checkpoint, leaf);
    }

    /**
     * Verifies every cooperation in identifier order, reporting the start, progress, each failure and totals. A
     * thread reads the store: the cooperations while this one rebuilds the checkpoint's tree, then the chains in
     * blocks, one block ahead; two threads verify each block's chains, a few cooperations at a time, which this one
     * reports in order as they are done. The database reads while the chains are hashed, on both cores.
     */
    public void verifyAll(Consumer<Line> report) {
        long start = System.nanoTime();
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> new Thread(task, "audit-verification-reader"));
        // as many verifying threads as cores: the reading thread mostly waits for the database
        ExecutorService verifiers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                task -> new Thread(task, "audit-verification"));
        try {
            Future<List<String>> stored = reader.submit(records::cooperationIds);
            Optional<SignedHeads> signed = SignedHeads.latest(checkpoints, key.publicKey());
            TreeSet<String> cooperationIds = new TreeSet<>(await(stored));
            signed.ifPresent(heads -> heads.tree().heads().forEach(head -> cooperationIds.add(head.aggregateIdentifier())));
            report.accept(new Started(signed.map(heads -> heads.checkpoint().number()).orElse(null), cooperationIds.size()));
            signed.map(SignedHeads::problem).ifPresent(problem -> report.accept(new Failed(null, problem)));
            verifyAll(new ArrayList<>(cooperationIds), signed, reader, verifiers, report, start);
        } finally {
            reader.shutdownNow();
            verifiers.shutdownNow();
        }
    }

    private void verifyAll(List<String> ordered, Optional<SignedHeads> signed, ExecutorService reader,
                           ExecutorService verifiers, Consumer<Line> report, long start) {
        Checkpoint checkpoint = signed.filter(heads -> heads.problem() == null).map(SignedHeads::checkpoint).orElse(null);
        Map<String, List<Adoption>> adopted = adoptions.all();
        int verified = 0;
        int failed = 0;
        long events = 0;
        long provenEvents = 0;
        long adoptedEvents = 0;
        Future<Map<String, ChainRecords.Chain>> next = readBlock(reader, ordered, 0);
        for (int first = 0; first < ordered.size(); first += BLOCK) {
            Map<String, ChainRecords.Chain> block = await(next);
            next = readBlock(reader, ordered, first + BLOCK);
            List<Future<List<Verification>>> parts = new ArrayList<>();
            for (List<String> part : parts(ordered.subList(first, Math.min(ordered.size(), first + BLOCK)))) {
                parts.add(verifiers.submit(() -> part.stream()
                        .map(cooperationId -> verify(cooperationId, block.get(cooperationId), signed, checkpoint, adopted))
                        .toList()));
            }
            for (Future<List<Verification>> part : parts) {
                for (Verification verification : await(part)) {
                    events += verification.events();
                    if (verification.intact()) {
                        provenEvents += verification.provenThrough() == null ? 0 : verification.provenThrough() + 1;
                        adoptedEvents += verification.adoptions().stream().mapToLong(a -> a.lastSequence() - a.firstSequence() + 1).sum();
                    } else {
                        failed++;
                        report.accept(new Failed(verification.cooperationId(), verification.failure()));
                    }
                    if (++verified % PROGRESS_EVERY == 0) {
                        report.accept(new Progress(verified, ordered.size(), events));
                    }
                }
            }
        }
        report.accept(new Finished(verified, events, verified - failed, failed, provenEvents, adoptedEvents,
                checkpoint == null ? null : checkpoint.number(), (System.nanoTime() - start) / 1_000_000));
    }

    private Verification verify(String cooperationId, ChainRecords.Chain chain, Optional<SignedHeads> signed,
                                Checkpoint checkpoint, Map<String, List<Adoption>> adopted) {
        ChainHead leaf = signed.flatMap(heads -> heads.leafOf(cooperationId)).orElse(null);
        Verification verification = ChainVerifier.verifyAgainstLeaf(cooperationId, chain.events(), chain.links(),
                adopted.getOrDefault(cooperationId, List.of()), key.publicKey(), checkpoint, leaf);
        if (verification.intact()) {
            return verification;
        }
        // the adoptions were read once, before this chain: one adopted since then must not look like tampering
        return ChainVerifier.verifyAgainstLeaf(cooperationId, chain.events(), chain.links(), adoptions.of(cooperationId),
                key.publicKey(), checkpoint, leaf);
    }

    private static List<List<String>> parts(List<String> block) {
        List<List<String>> parts = new ArrayList<>();
        for (int first = 0; first < block.size(); first += PART) {
            parts.add(block.subList(first, Math.min(block.size(), first + PART)));
        }
        return parts;
    }

    /** The chains of the block of cooperations from index {@code first} on, read by {@code reader}; none past the end. */
    private Future<Map<String, ChainRecords.Chain>> readBlock(ExecutorService reader, List<String> ordered, int first) {
        if (first >= ordered.size()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return reader.submit(() -> records.all(ordered.subList(first, Math.min(ordered.size(), first + BLOCK))));
    }

    private static <T> T await(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public AuditBundle bundle(String cooperationId) {
        ChainRecords.Chain chain = records.of(cooperationId);
        Optional<SignedHeads> signed = SignedHeads.latest(checkpoints, key.publicKey());
        requireKnown(cooperationId, chain, signed);
        List<AuditBundle.DocumentHash> documents = cooperations.find(cooperationId).map(detail -> detail.files.stream()
                .map(f -> new AuditBundle.DocumentHash(f.documentId, f.fileName, f.sha256, f.archived != null)).toList())
                .orElse(List.of());
        return AuditBundle.of(cooperationId, chain.events(), chain.links(), adoptions.of(cooperationId),
                signed.map(SignedHeads::checkpoint).orElse(null),
                signed.flatMap(heads -> heads.tree().inclusionOf(cooperationId)).orElse(null), documents);
    }

    /** A cooperation whose rows were all deleted is still known by its leaf in the checkpoint. */
    private static void requireKnown(String cooperationId, ChainRecords.Chain chain, Optional<SignedHeads> signed) {
        if (chain.isEmpty() && signed.flatMap(heads -> heads.tree().headOf(cooperationId)).isEmpty()) {
            throw new CooperationNotFound("No cooperation " + cooperationId);
        }
    }
}
