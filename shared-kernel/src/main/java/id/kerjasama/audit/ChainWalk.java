package id.kerjasama.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static id.kerjasama.audit.Failure.Kind.ADOPTION_INVALID;
import static id.kerjasama.audit.Failure.Kind.CHAIN_TABLE_ALTERED;
import static id.kerjasama.audit.Failure.Kind.EVENTS_REORDERED;
import static id.kerjasama.audit.Failure.Kind.EVENT_INSERTED;
import static id.kerjasama.audit.Failure.Kind.EVENT_MISSING;
import static id.kerjasama.audit.Failure.Kind.NOT_INCLUDED_IN_CHECKPOINT;
import static id.kerjasama.audit.Failure.Kind.PAYLOAD_CHANGED;

/**
 * One cooperation's chain recomputed from its stored events, sequence by sequence from 0, and held against the
 * chain links recorded when the events were appended; it stops at the first sequence number where the two
 * disagree and names what happened there. Where an operator adopted events stored before the chain, the walk goes
 * through the signed adoption record, which the first adopted event's link follows. docs/AUDIT-CHAIN.md,
 * "Verifying a cooperation", gives the rules in order.
 */
public final class ChainWalk {

    private final String cooperationId;
    private final PublicKey trustedKey;
    private final List<String> hashes = new ArrayList<>();
    private final Map<Long, Adoption> adoptionAt = new HashMap<>();
    private final List<Adoption> adopted = new ArrayList<>();
    private final List<StoredEvent> events;
    private final List<ChainLink> links;
    private final Map<Long, StoredEvent> eventAt = new HashMap<>();
    private final Map<Long, ChainLink> linkAt = new HashMap<>();
    private final Failure failure;

    private ChainWalk(String cooperationId, List<StoredEvent> events, List<ChainLink> links, List<Adoption> adoptions,
                      PublicKey trustedKey) {
        this.cooperationId = cooperationId;
        this.trustedKey = trustedKey;
        this.events = events;
        this.links = links;
        this.failure = index(adoptions).orElseGet(this::walk);
    }

    /**
     * Walks {@code events} (one cooperation's, in any order) against its recorded {@code links} and the records of
     * its {@code adoptions}, whose signatures must verify with {@code trustedKey} (may be null without adoptions).
     */
    public static ChainWalk of(String cooperationId, List<StoredEvent> events, List<ChainLink> links,
                               List<Adoption> adoptions, PublicKey trustedKey) {
        return new ChainWalk(cooperationId, events, links, adoptions, trustedKey);
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /** The adoptions the walk went through, in sequence order: their events are adopted, not proven from their origin. */
    public List<Adoption> adoptions() {
        return List.copyOf(adopted);
    }

    /** How many events, from sequence 0, the walk verified before it stopped. */
    public long verified() {
        return hashes.size();
    }

    /** The recomputed hash of the last verified event; 32 zero bytes when none was. */
    public String verifiedHead() {
        return hashes.isEmpty() ? EventChain.GENESIS : hashes.get(hashes.size() - 1);
    }

    /** Empty if the recomputed chain passes through the head that checkpoint {@code checkpointNumber} signed. */
    public Optional<Failure> reaches(ChainHead signedHead, long checkpointNumber) {
        long sequence = signedHead.sequenceNumber();
        if (sequence < 0) {
            return Optional.of(Failure.at(NOT_INCLUDED_IN_CHECKPOINT, sequence, null, "checkpoint " + checkpointNumber
                    + " is said to have signed this chain at sequence " + sequence + ", which no chain has"));
        }
        if (sequence >= hashes.size()) {
            return Optional.of(Failure.at(EVENT_MISSING, hashes.size(), null, "checkpoint " + checkpointNumber
                    + " signed this chain up to sequence " + sequence + ", but only " + hashes.size()
                    + " events are stored: the last ones were deleted with their chain links"));
        }
        if (!hashes.get((int) sequence).equals(signedHead.hash())) {
            return Optional.of(Failure.at(CHAIN_TABLE_ALTERED, sequence, eventAt.get(sequence).eventIdentifier(),
                    "the events up to sequence " + sequence + " do not hash to the head checkpoint " + checkpointNumber
                            + " signed: events at or before it were changed and the chain recomputed to match"));
        }
        return Optional.empty();
    }

    private Optional<Failure> index(List<Adoption> adoptions) {
        for (StoredEvent event : events) {
            long sequence = event.sequenceNumber();
            StoredEvent other = sequence < 0 ? null : eventAt.putIfAbsent(sequence, event);
            if (sequence < 0 || other != null) {
                return Optional.of(Failure.at(EVENT_INSERTED, sequence, event.eventIdentifier(), sequence < 0
                        ? "an event is stored at a negative sequence number"
                        : "events " + other.eventIdentifier() + " and " + event.eventIdentifier() + " share sequence " + sequence));
            }
        }
        for (ChainLink link : links) {
            long sequence = link.sequenceNumber();
            if (sequence < 0 || linkAt.putIfAbsent(sequence, link) != null) {
                return Optional.of(Failure.at(CHAIN_TABLE_ALTERED, sequence, link.eventIdentifier(),
                        "the chain holds a second or a negative link at sequence " + sequence));
            }
        }
        for (Adoption adoption : adoptions) {
            if (adoptionAt.putIfAbsent(adoption.firstSequence(), adoption) != null) {
                return Optional.of(Failure.at(ADOPTION_INVALID, adoption.firstSequence(), null,
                        "two adoptions are recorded from sequence " + adoption.firstSequence()));
            }
        }
        return Optional.empty();
    }

    /** Every step needs an event and a link, so the walk ends at the first gap: it never runs past the rows given. */
    private Failure walk() {
        long end = Math.max(eventAt.keySet().stream().mapToLong(Long::longValue).max().orElse(-1),
                linkAt.keySet().stream().mapToLong(Long::longValue).max().orElse(-1)) + 1;
        String previous = EventChain.GENESIS;
        for (long sequence = 0; sequence < end; sequence++) {
            StoredEvent event = eventAt.get(sequence);
            ChainLink link = linkAt.get(sequence);
            Adoption adoption = adoptionAt.get(sequence);
            Failure found;
            if (adoption != null) {
                Failure invalid = adopt(adoption, previous);
                if (invalid != null) {
                    return invalid;
                }
                previous = adoption.hash().orElseThrow();
            }
            if (event == null) {
                found = link == null ? gapAt(sequence) : missing(link);
            } else if (link == null) {
                found = unchained(event, previous);
            } else if (!Objects.equals(event.eventIdentifier(), link.eventIdentifier())) {
                found = otherEventThanChained(event, link, previous);
            } else {
                found = compare(event, link, previous);
            }
            if (found != null) {
                return found;
            }
            previous = hashes.get(hashes.size() - 1);
        }
        return unreached(end);
    }

    /** Null if {@code adoption} is signed, is this cooperation's, and follows the chain as it stands before it. */
    private Failure adopt(Adoption adoption, String previous) {
        long first = adoption.firstSequence();
        Optional<Failure> signature = adoption.verifySignature(trustedKey);
        if (signature.isPresent()) {
            return signature.get();
        }
        Adoption before = adopted.isEmpty() ? null : adopted.get(adopted.size() - 1);
        if (!Objects.equals(adoption.aggregateIdentifier(), cooperationId) || adoption.lastSequence() < first
                || (before != null && before.lastSequence() >= first)) {
            return Failure.at(ADOPTION_INVALID, first, null, "the adoption recorded from sequence " + first
                    + " is signed for " + adoption.aggregateIdentifier() + ", sequence " + first + " to "
                    + adoption.lastSequence() + ", which is not a range of this cooperation's chain");
        }
        if (!adoption.previousHash().equals(previous)) {
            return Failure.at(ADOPTION_INVALID, first, null, "the adoption from sequence " + first + " follows the head "
                    + adoption.previousHash() + ", but the chain before it ends in " + previous);
        }
        adopted.add(adoption);
        return null;
    }

    /** After a walk without failure: an adoption beyond the stored events, or one that names more than are stored. */
    private Failure unreached(long end) {
        for (Adoption adoption : adoptionAt.values()) {
            Optional<Failure> signature = adoption.verifySignature(trustedKey);
            if (signature.isPresent()) {
                return signature.get();
            }
            if (adoption.firstSequence() >= end || adoption.lastSequence() >= end) {
                return Failure.at(EVENT_MISSING, end, null, "an adoption names events up to sequence "
                        + adoption.lastSequence() + ", but only " + end + " events are stored");
            }
        }
        return null;
    }

    private static Failure gapAt(long sequence) {
        return Failure.at(EVENT_MISSING, sequence, null, "neither an event nor a chain link is stored at sequence "
                + sequence + ", though later ones are");
    }

    /**
     * The sequence number the event is stored at (the last of the events given, should two share it), or null. Only a
     * failure asks this, so the walk does not index the identifiers for every event it verifies.
     */
    private Long storedAt(String eventIdentifier) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (Objects.equals(events.get(i).eventIdentifier(), eventIdentifier)) {
                return events.get(i).sequenceNumber();
            }
        }
        return null;
    }

    /** The sequence number the event was chained at (the last of the links given, should two name it), or null. */
    private Long chainedAt(String eventIdentifier) {
        for (int i = links.size() - 1; i >= 0; i--) {
            if (Objects.equals(links.get(i).eventIdentifier(), eventIdentifier)) {
                return links.get(i).sequenceNumber();
            }
        }
        return null;
    }

    private Failure missing(ChainLink link) {
        Long stored = storedAt(link.eventIdentifier());
        if (stored != null) {
            return Failure.at(EVENTS_REORDERED, link.sequenceNumber(), link.eventIdentifier(), "event "
                    + link.eventIdentifier() + " was chained at sequence " + link.sequenceNumber() + " but is stored at " + stored);
        }
        return Failure.at(EVENT_MISSING, link.sequenceNumber(), link.eventIdentifier(), "event "
                + link.eventIdentifier() + ", chained at sequence " + link.sequenceNumber() + ", is no longer stored");
    }

    private Failure unchained(StoredEvent event, String previous) {
        long sequence = event.sequenceNumber();
        Long chained = chainedAt(event.eventIdentifier());
        if (chained != null) {
            return reordered(event, chained);
        }
        ChainLink next = linkAt.get(sequence + 1);
        if (next != null && EventChain.link(previous, event).equals(next.previousHash())) {
            return Failure.at(CHAIN_TABLE_ALTERED, sequence, event.eventIdentifier(), "the chain link of event "
                    + event.eventIdentifier() + " at sequence " + sequence + " was deleted; the next link still follows it");
        }
        return Failure.at(EVENT_INSERTED, sequence, event.eventIdentifier(), "event " + event.eventIdentifier()
                + " at sequence " + sequence + " was never chained");
    }

    private Failure otherEventThanChained(StoredEvent event, ChainLink link, String previous) {
        long sequence = event.sequenceNumber();
        Long chained = chainedAt(event.eventIdentifier());
        if (chained != null) {
            return reordered(event, chained);
        }
        if (EventChain.link(previous, event).equals(link.hash())) {
            return Failure.at(CHAIN_TABLE_ALTERED, sequence, event.eventIdentifier(), "the chain link at sequence "
                    + sequence + " names event " + link.eventIdentifier() + ", but its hash is that of the stored event "
                    + event.eventIdentifier() + ": the link's event identifier was changed");
        }
        Long chainedEventStoredAt = storedAt(link.eventIdentifier());
        return Failure.at(EVENT_INSERTED, sequence, event.eventIdentifier(), "event " + event.eventIdentifier()
                + " at sequence " + sequence + " was never chained; the event chained there, " + link.eventIdentifier()
                + (chainedEventStoredAt == null ? ", is no longer stored" : ", is now stored at " + chainedEventStoredAt));
    }

    private static Failure reordered(StoredEvent event, long chained) {
        return Failure.at(EVENTS_REORDERED, event.sequenceNumber(), event.eventIdentifier(), "event "
                + event.eventIdentifier() + " is stored at sequence " + event.sequenceNumber() + " but was chained at " + chained);
    }

    private Failure compare(StoredEvent event, ChainLink link, String previous) {
        long sequence = event.sequenceNumber();
        if (!previous.equals(link.previousHash())) {
            return Failure.at(CHAIN_TABLE_ALTERED, sequence, event.eventIdentifier(), "the chain link at sequence "
                    + sequence + " records the previous hash " + link.previousHash() + ", but the chain before it ends in " + previous);
        }
        String hash = EventChain.link(previous, event);
        if (!hash.equals(link.hash())) {
            ChainLink next = linkAt.get(sequence + 1);
            if (next != null && !Objects.equals(next.previousHash(), link.hash())) {
                return Failure.at(CHAIN_TABLE_ALTERED, sequence, event.eventIdentifier(), "the hash recorded for event "
                        + event.eventIdentifier() + " at sequence " + sequence + " was changed: the next link follows "
                        + next.previousHash() + ", the event hashes to " + hash);
            }
            return Failure.at(PAYLOAD_CHANGED, sequence, event.eventIdentifier(), "event " + event.eventIdentifier()
                    + " at sequence " + sequence + " hashes to " + hash + ", but " + link.hash()
                    + " was recorded when it was appended: the stored event was changed");
        }
        hashes.add(hash);
        return null;
    }
}
