package id.kerjasama.command.actor;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.region.RegionCode;

/** Who sends a command, in what role, for which region, and (optionally) why. */
public record Actor(String id, ActorRole role, RegionCode region, String reason) {
}
