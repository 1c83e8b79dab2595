package id.kerjasama.actor;

/**
 * The metadata keys every event carries, written by the command side and read by the audit views.
 * <p>
 * Axon adds two more: {@code correlationId} is the id of the <em>parent</em> message (the command that caused
 * the event, i.e. its causation) and {@code traceId} the id of the <em>root</em> message of the whole exchange
 * (its correlation). Readers should present them under those meanings.
 */
public final class AuditMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_REGION = "actorRegion";
    public static final String REASON = "reason";
    /** The {@code actorId} of what the system records on its own when a deadline passes (role {@code SYSTEM}). */
    public static final String SYSTEM_ACTOR = "system";
    /** Axon's name for the causing message's id. */
    public static final String CAUSATION_ID = "correlationId";
    /** Axon's name for the root message's id. */
    public static final String CORRELATION_ID = "traceId";

    private AuditMetadata() {
    }
}
