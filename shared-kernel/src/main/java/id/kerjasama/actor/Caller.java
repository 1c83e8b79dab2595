package id.kerjasama.actor;

import id.kerjasama.validation.InvalidValueException;

import java.util.Map;

/**
 * An authenticated person as a validated token describes them: subject, name, role, and the region they act for
 * or, for an inspector, the jurisdiction they read. Both sides build it from the same claims, whose names each
 * region's identity provider may choose ({@link ClaimNames}).
 */
public record Caller(String id, String name, ActorRole role, Jurisdiction jurisdiction) {

    /** The claim names of the region's identity provider; the defaults are Kerjasama's own. */
    public record ClaimNames(String role, String region, String name) {

        public static final ClaimNames DEFAULTS = new ClaimNames("kerjasama_role", "kerjasama_region", "name");
    }

    /**
     * @throws InvalidValueException naming the claim, when a claim is missing or not a known role or region; a
     *                               token that cannot say who its bearer is must be refused
     */
    public static Caller fromClaims(String subject, Map<String, Object> claims, ClaimNames names) {
        String role = text(claims, names.role());
        String region = text(claims, names.region());
        ActorRole actorRole;
        try {
            actorRole = ActorRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(names.role(), "KNOWN_ROLE", "unknown role " + role);
        }
        if (actorRole == ActorRole.SYSTEM) {
            throw new InvalidValueException(names.role(), "KNOWN_ROLE", "no person acts as the system");
        }
        Jurisdiction jurisdiction = Jurisdiction.of(region);
        if (jurisdiction.national() && actorRole != ActorRole.INSPECTOR && actorRole != ActorRole.OPERATOR) {
            throw new InvalidValueException(names.region(), "REGION_FOR_STAFF", "regional staff act for one region, not " + region);
        }
        Object name = claims.get(names.name());
        return new Caller(subject, name == null ? subject : name.toString(), actorRole, jurisdiction);
    }

    private static String text(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidValueException(claim, "REQUIRED", "the token has no " + claim + " claim");
        }
        return value.toString().strip();
    }
}
