package id.kerjasama.command.actor;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Arrays;
import java.util.List;

/**
 * Interim: the actor as the caller declares it in {@code X-Actor-Id}, {@code X-Actor-Role},
 * {@code X-Actor-Region} and an optional {@code X-Reason}. Nothing else in the code reads these headers.
 * It trusts the caller, which is why authentication (its own issue) replaces it.
 */
@Component
class HeaderActorSource implements ActorSource {

    static final String ID = "X-Actor-Id";
    static final String ROLE = "X-Actor-Role";
    static final String REGION = "X-Actor-Region";
    static final String REASON = "X-Reason";
    private static final int MAX_LENGTH = 200;

    @Override
    public Actor current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String id = required(request, ID);
        String role = required(request, ROLE);
        String region = required(request, REGION);
        String reason = request.getHeader(REASON);
        return new Actor(id, role(role), region(region), reason == null || reason.isBlank() ? null : reason.strip());
    }

    private static String required(HttpServletRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(header, "REQUIRED", header + " header is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(header, "TOO_LONG", header + " must be at most " + MAX_LENGTH + " characters");
        }
        return value.strip();
    }

    /** Any role but {@link ActorRole#SYSTEM}: only the system's own deadlines act as the system. */
    private static ActorRole role(String value) {
        List<ActorRole> claimable = Arrays.stream(ActorRole.values()).filter(role -> role != ActorRole.SYSTEM).toList();
        return claimable.stream().filter(role -> role.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidValueException(ROLE, "ONE_OF", ROLE + " must be one of " + claimable));
    }

    private static RegionCode region(String value) {
        try {
            return RegionCode.of(value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(REGION, e.rule(), REGION + ": " + e.getMessage());
        }
    }
}
