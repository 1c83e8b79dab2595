package id.kerjasama.query.history;

import id.kerjasama.actor.AuditMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/**
 * One event of the audit trail: when, what, who (actor, role, region, reason), and the full payload.
 * {@code causationId} is the command that caused it and {@code correlationId} the root of the exchange (Axon
 * stores them as {@code correlationId} and {@code traceId}).
 */
public record HistoryEntry(long sequenceNumber, String eventId, Instant timestamp, String type,
                           EventSummaries.Summary summary, String actorId, String actorRole, String actorRegion,
                           String reason, String causationId, String correlationId, Object payload) {

    public static HistoryEntry of(DomainEventMessage<?> event) {
        MetaData meta = event.getMetaData();
        return new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(), event.getTimestamp(),
                event.getPayloadType().getSimpleName(), EventSummaries.of(event.getPayload()),
                text(meta, AuditMetadata.ACTOR_ID), text(meta, AuditMetadata.ACTOR_ROLE),
                text(meta, AuditMetadata.ACTOR_REGION), text(meta, AuditMetadata.REASON),
                text(meta, AuditMetadata.CAUSATION_ID), text(meta, AuditMetadata.CORRELATION_ID), event.getPayload());
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
