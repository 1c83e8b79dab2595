package id.kerjasama.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Reads are accountable too: every verification, audit bundle and history read or export is written to the
 * security log {@value #LOGGER} (route it to its own file or collector), with who asked, when and for what.
 * Not a domain event: it records access, not a fact about a cooperation. Only the actor's id is kept; until
 * authentication exists it is whatever the caller puts in {@value #ACTOR_HEADER}.
 */
@Component
public class AuditAccessLog {

    public static final String LOGGER = "kerjasama.audit-access";
    public static final String ACTOR_HEADER = "X-Actor-Id";
    static final String ANONYMOUS = "anonymous";
    private static final int MAX_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    public enum Access {
        VERIFY_COOPERATION, VERIFY_STORE, AUDIT_BUNDLE, CREATE_CHECKPOINT, HISTORY_READ, HISTORY_EXPORT
    }

    /** @param actorId the header as sent, or null; @param subject what was asked for, e.g. a cooperation id */
    public void record(String actorId, Access access, String subject) {
        log.info("actor={} access={} subject={} at={}", printable(actorId, ANONYMOUS), access, printable(subject, "-"),
                Instant.now());
    }

    /** Values the caller chose must not forge log lines: control characters go, and so does length beyond reason. */
    static String printable(String value, String absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String printable = value.strip().replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_LENGTH ? printable.substring(0, MAX_LENGTH) : printable;
    }
}
