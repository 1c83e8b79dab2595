package id.kerjasama.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.audit.Adoption;
import id.kerjasama.audit.AuditBundle;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.Failure;
import id.kerjasama.audit.Verification;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the verifier prints: the verdict, the checkpoint behind it, any adoption of events stored before the chain,
 * and the history proven, event by event, adopted events marked as such.
 */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void print(AuditBundle bundle, Verification verification) {
        if (!verification.intact()) {
            Failure failure = verification.failure();
            out.println("Cooperation " + bundle.cooperationId() + ": NOT VERIFIED");
            out.println(failure.kind() + where(failure));
            out.println("  " + failure.detail());
            out.println("  (" + failure.kind().meaning() + ")");
            out.println("Nothing in this bundle is proven.");
            return;
        }
        Checkpoint checkpoint = bundle.checkpoint();
        long provenThrough = verification.provenThrough();
        out.println("Cooperation " + bundle.cooperationId() + ": VERIFIED");
        out.println("Checkpoint " + checkpoint.number() + " of " + checkpoint.createdAt() + ", signed by key "
                + checkpoint.keyId() + ",");
        out.println("  root " + checkpoint.rootHash() + " over " + checkpoint.treeSize() + " cooperations");
        List<AuditBundle.Event> events = bundle.events().stream()
                .sorted(Comparator.comparingLong(AuditBundle.Event::sequenceNumber)).toList();
        List<Adoption> adoptions = verification.adoptions();
        for (Adoption adoption : adoptions) {
            out.println("ADOPTED, not proven from their origin: sequence " + adoption.firstSequence() + " to "
                    + adoption.lastSequence() + ", adopted on " + printable(adoption.adoptedAt()) + " by "
                    + printable(adoption.operator())
                    + " after checkpoint " + adoption.checkpointBefore());
            out.println("  reason: " + printable(adoption.reason()));
            out.println("  (stored before the chain existed; the chain vouches for them only from their adoption on)");
        }
        out.println("Proven history: " + (provenThrough + 1) + " events, sequence 0 to " + provenThrough);
        events.stream().filter(event -> event.sequenceNumber() <= provenThrough).forEach(event -> line(event, adoptions));
        List<AuditBundle.Event> pending = events.stream().filter(event -> event.sequenceNumber() > provenThrough).toList();
        if (!pending.isEmpty()) {
            out.println("Chained after checkpoint " + checkpoint.number() + " and NOT yet proven: " + pending.size()
                    + " events (a later checkpoint will cover them)");
            pending.forEach(event -> line(event, adoptions));
        }
    }

    /** Signed, but typed by people: no control character may forge a line of this report. */
    static String printable(String text) {
        return text == null ? "?" : text.replaceAll("\\p{Cntrl}", " ");
    }

    private static String where(Failure failure) {
        return (failure.sequenceNumber() == null ? "" : " at sequence " + failure.sequenceNumber())
                + (failure.eventIdentifier() == null ? "" : ", event " + failure.eventIdentifier());
    }

    private void line(AuditBundle.Event event, List<Adoption> adoptions) {
        String type = event.payloadType() == null ? "?" : event.payloadType().substring(event.payloadType().lastIndexOf('.') + 1);
        String adopted = adoptions.stream()
                .filter(a -> a.firstSequence() <= event.sequenceNumber() && event.sequenceNumber() <= a.lastSequence())
                .map(a -> "  [adopted on " + printable(a.adoptedAt()) + " by " + printable(a.operator()) + "]")
                .findFirst().orElse("");
        out.printf("  %5d  %-24s  %-36s  %s%s%n", event.sequenceNumber(), event.timestamp(), type, actor(event.metaData()),
                adopted);
    }

    /** Who acted, from the audit metadata (actorId, actorRole, actorRegion) the event was stored with. */
    private static String actor(String metaData) {
        if (metaData == null) {
            return "?";
        }
        try {
            JsonNode meta = BundleJson.MAPPER.readTree(Base64.getDecoder().decode(metaData));
            String role = meta.path("actorRole").asText("");
            String region = meta.path("actorRegion").asText("");
            String details = Stream.of(role, region).filter(text -> !text.isEmpty()).collect(Collectors.joining(", "));
            return meta.path("actorId").asText("?") + (details.isEmpty() ? "" : " (" + details + ")");
        } catch (IOException | IllegalArgumentException notJson) {
            return "?";
        }
    }
}
