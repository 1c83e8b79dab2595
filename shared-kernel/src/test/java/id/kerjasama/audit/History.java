package id.kerjasama.audit;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A cooperation's history made in memory and chained as the command side chains it, for tests to tamper with. */
public final class History {

    public static final String COOPERATION = "0b6f3b8e-3f7e-4b4e-9a53-2a3f8c1d9e10";

    public static final Instant ADOPTED_AT = Instant.parse("2025-10-02T03:04:05Z");

    public final List<StoredEvent> events;
    public final List<ChainLink> links;
    public final List<Adoption> adoptions;

    private History(List<StoredEvent> events) {
        this(events, chain(events), List.of());
    }

    private History(List<StoredEvent> events, List<ChainLink> links, List<Adoption> adoptions) {
        this.events = new ArrayList<>(events);
        this.links = new ArrayList<>(links);
        this.adoptions = new ArrayList<>(adoptions);
    }

    /**
     * A cooperation of {@code length} events whose events from {@code first} on were stored unchained and then
     * adopted by {@code operator} at {@link #ADOPTED_AT}, after checkpoint {@code before}, as the audit adopts them.
     */
    public static History adopted(String cooperationId, int length, int first, String operator, Checkpoint before,
                                  KeyPair key) {
        List<StoredEvent> events = IntStream.range(0, length).mapToObj(i -> event(cooperationId, i)).toList();
        List<ChainLink> links = new ArrayList<>(chain(events.subList(0, first)));
        String head = links.isEmpty() ? EventChain.GENESIS : links.get(links.size() - 1).hash();
        Adoption adoption = Adoption.sign(cooperationId, first, length - 1, head, ADOPTED_AT, operator,
                "Arsip lama dimigrasikan / migrated from the old archive", before, key);
        String previous = adoption.hash().orElseThrow();
        for (StoredEvent event : events.subList(first, length)) {
            String hash = EventChain.link(previous, event);
            links.add(new ChainLink(event.sequenceNumber(), event.eventIdentifier(), previous, hash));
            previous = hash;
        }
        return new History(events, links, List.of(adoption));
    }

    public static History of(int length) {
        return of(COOPERATION, length);
    }

    public static History of(String cooperationId, int length) {
        return new History(IntStream.range(0, length).mapToObj(i -> event(cooperationId, i)).toList());
    }

    public static StoredEvent event(String cooperationId, long sequence) {
        return new StoredEvent("event-" + cooperationId.substring(0, 4) + "-" + sequence, cooperationId, sequence, "Cooperation",
                "id.kerjasama.cooperation.event.ActivityRecorded", "1", "2025-09-0" + (1 + sequence % 9) + "T08:00:00.000Z",
                ("{\"description\":\"Kegiatan " + sequence + "\"}").getBytes(StandardCharsets.UTF_8),
                "{\"actorId\":\"siti\",\"actorRole\":\"UNIT_OFFICER\",\"actorRegion\":\"62.09\"}".getBytes(StandardCharsets.UTF_8));
    }

    public static List<ChainLink> chain(List<StoredEvent> events) {
        List<ChainLink> links = new ArrayList<>();
        String previous = EventChain.GENESIS;
        for (StoredEvent event : events) {
            String hash = EventChain.link(previous, event);
            links.add(new ChainLink(event.sequenceNumber(), event.eventIdentifier(), previous, hash));
            previous = hash;
        }
        return links;
    }

    public ChainHead head() {
        ChainLink last = links.get(links.size() - 1);
        return new ChainHead(events.get(0).aggregateIdentifier(), last.sequenceNumber(), last.hash());
    }

    StoredEvent withSequence(StoredEvent event, long sequence) {
        return new StoredEvent(event.eventIdentifier(), event.aggregateIdentifier(), sequence, event.aggregateType(),
                event.payloadType(), event.payloadRevision(), event.timestamp(), event.payload(), event.metaData());
    }

    ChainLink withHash(ChainLink link, String previousHash, String hash) {
        return new ChainLink(link.sequenceNumber(), link.eventIdentifier(), previousHash, hash);
    }
}
