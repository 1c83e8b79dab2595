package id.kerjasama.query.security;

import id.kerjasama.region.RegionCode;

import java.util.Optional;

/**
 * What the {@link ReadGuard} needs to know of a cooperation, answered by the feature that keeps cooperations: the
 * regions that are party to it.
 */
public interface CooperationParties {

    /** The regions that are party to a cooperation: the initiating one, and the partner's if it is a region. */
    record Parties(RegionCode initiatingRegion, RegionCode partnerRegion) {
    }

    /** The parties of the cooperation; empty when there is no such cooperation. */
    Optional<Parties> of(String cooperationId);
}
