package id.kerjasama.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Reads are accountable too: every verification, audit bundle and history read or export is written to the
 * security log {@value #LOGGER} (route it to its own file or collector), with who asked, when and for what.
 * Not a domain event: it records access, not a fact about a cooperation. Only the authenticated caller's subject
 * is kept, never a token.
 */
@Component
public class AuditAccessLog {

    public static final String LOGGER = "kerjasama.audit-access";
    static final String ANONYMOUS = "anonymous";
    private static final int MAX_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    public enum Access {
        VERIFY_COOPERATION, VERIFY_STORE, AUDIT_BUNDLE, CREATE_CHECKPOINT, HISTORY_READ, HISTORY_EXPORT, ADOPT_EVENTS, LIST_ADOPTIONS, REHASH_FILES
    }

    /** @param subject what was asked for, e.g. a cooperation id */
    public void record(Access access, String subject) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String actorId = caller == null || caller instanceof AnonymousAuthenticationToken ? null : caller.getName();
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
