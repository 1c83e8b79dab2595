package id.kerjasama.audit;

import id.kerjasama.validation.Require;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Everything an auditor needs to verify one cooperation's history without the database: its event rows and
 * chain links as stored, the signed records of any adoption of events stored before the chain, the latest signed
 * checkpoint and the proof that the cooperation's head is among the heads it signed. Payload and metadata are the
 * stored bytes in base64; hashes are lowercase hex.
 * {@link BundleVerifier} checks it against a trusted public key; docs/AUDIT-CHAIN.md describes the JSON.
 */
public record AuditBundle(String format, String cooperationId, List<Event> events, List<ChainLink> chain,
                          List<Adoption> adoptions, Checkpoint checkpoint, Inclusion inclusion,
                          List<DocumentHash> documents) {

    /** Version 3 added {@code documents}, version 2 {@code adoptions}. */
    public static final String FORMAT = "kerjasama-audit-bundle/3";

    /** Written before documents were listed: still verified, as the first format is. */
    public static final String SECOND_FORMAT = "kerjasama-audit-bundle/2";

    /** Written before adoptions existed: auditors keep such bundles as evidence, so they are still verified. */
    public static final String FIRST_FORMAT = "kerjasama-audit-bundle/1";

    public AuditBundle {
        Require.present(format, "format");
        Require.present(cooperationId, "cooperationId");
        events = Require.list(Require.present(events, "events"), "events");
        chain = Require.list(Require.present(chain, "chain"), "chain");
        adoptions = Require.list(Require.present(adoptions, "adoptions"), "adoptions");
        documents = Require.list(Require.present(documents, "documents"), "documents");
    }

    /** A bundle of a format before {@code documents} (the first or the second), which lists none. */
    public AuditBundle(String format, String cooperationId, List<Event> events, List<ChainLink> chain,
                       List<Adoption> adoptions, Checkpoint checkpoint, Inclusion inclusion) {
        this(format, cooperationId, events, chain, adoptions, checkpoint, inclusion, List.of());
    }

    /** @param checkpoint the latest checkpoint, or null; @param inclusion the cooperation's leaf in it, or null */
    public static AuditBundle of(String cooperationId, List<StoredEvent> events, List<ChainLink> chain,
                                 List<Adoption> adoptions, Checkpoint checkpoint, Inclusion inclusion,
                                 List<DocumentHash> documents) {
        return new AuditBundle(FORMAT, cooperationId, events.stream().map(Event::of).toList(), chain, adoptions,
                checkpoint, inclusion, documents);
    }

    /**
     * A document the cooperation records by its SHA-256 (lowercase hex), and whether its file is in the archive. The
     * list is what the read side knows; only a hash that one of the bundle's verified events carries is proven
     * ({@link #recordedIn}).
     */
    public record DocumentHash(String documentId, String fileName, String sha256, boolean archived) {

        public DocumentHash {
            Require.present(documentId, "documentId");
            Require.present(fileName, "fileName");
            Require.sha256(sha256, "sha256");
        }

        /**
         * Whether one of the bundle's events records this hash in its payload (as a JSON string): once the bundle
         * verifies, this proves the history recorded it.
         */
        public boolean recordedIn(AuditBundle bundle) {
            byte[] quoted = ("\"" + sha256 + "\"").getBytes(StandardCharsets.US_ASCII);
            return bundle.events().stream().map(event -> event.stored(bundle.cooperationId())).flatMap(Optional::stream)
                    .anyMatch(event -> contains(event.payload(), quoted));
        }

        private static boolean contains(byte[] bytes, byte[] part) {
            if (bytes == null) {
                return false;
            }
            outer:
            for (int i = 0; i + part.length <= bytes.length; i++) {
                for (int j = 0; j < part.length; j++) {
                    if (bytes[i + j] != part[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    /** One row of the event table, field by field as stored. */
    public record Event(long sequenceNumber, String eventIdentifier, String aggregateType, String payloadType,
                        String payloadRevision, String timestamp, String payload, String metaData) {

        static Event of(StoredEvent event) {
            return new Event(event.sequenceNumber(), event.eventIdentifier(), event.aggregateType(), event.payloadType(),
                    event.payloadRevision(), event.timestamp(), base64(event.payload()), base64(event.metaData()));
        }

        /**
         * The stored event this entry spells out, or empty if its payload or metadata is not base64 in the one
         * spelling the bundle writes (two spellings of the same bytes would let a changed bundle pass as unchanged).
         */
        Optional<StoredEvent> stored(String aggregateIdentifier) {
            try {
                return Optional.of(new StoredEvent(eventIdentifier, aggregateIdentifier, sequenceNumber, aggregateType,
                        payloadType, payloadRevision, timestamp, canonicalBase64(payload), canonicalBase64(metaData)));
            } catch (IllegalArgumentException notCanonical) {
                return Optional.empty();
            }
        }

        private static String base64(byte[] bytes) {
            return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
        }

        private static byte[] canonicalBase64(String text) {
            if (text == null) {
                return null;
            }
            byte[] bytes = Base64.getDecoder().decode(text);
            if (!base64(bytes).equals(text)) {
                throw new IllegalArgumentException("Not base64 as the bundle writes it");
            }
            return bytes;
        }
    }
}
