package id.kerjasama.command.cooperation.policy;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.region.RegionCode;

/**
 * Object-level authorization: staff act only on cooperations where their region is a party; an inspector only
 * within the jurisdiction; the system (deadlines) everywhere.
 */
public final class ActorScopePolicy {

    private ActorScopePolicy() {
    }

    public static boolean mayAct(ActorRole role, Jurisdiction jurisdiction, RegionCode initiatingRegion, RegionCode partnerRegion) {
        if (role == ActorRole.SYSTEM) {
            return true;
        }
        if (role == ActorRole.INSPECTOR) {
            return jurisdiction.covers(initiatingRegion) || jurisdiction.covers(partnerRegion);
        }
        return jurisdiction.is(initiatingRegion) || jurisdiction.is(partnerRegion);
    }
}
