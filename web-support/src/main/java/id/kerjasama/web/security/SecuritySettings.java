package id.kerjasama.web.security;

import id.kerjasama.actor.Caller;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are read: the claim names of the region's identity provider, and whether the embedded default's
 * demo tokens are trusted (never in the {@code prod} profile).
 */
@ConfigurationProperties("kerjasama.security")
public record SecuritySettings(@DefaultValue("kerjasama_role") String roleClaim,
                               @DefaultValue("kerjasama_region") String regionClaim,
                               @DefaultValue("name") String nameClaim) {

    public Caller.ClaimNames claimNames() {
        return new Caller.ClaimNames(roleClaim, regionClaim, nameClaim);
    }
}
