package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.RegionBorders;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.region.RegionCode;

import static id.kerjasama.command.cooperation.Rule.*;

/** Whether a cooperation type fits its partner (PP 28/2018 art. 4-6, Permendagri 22/2020). */
@Decides({TYPE_SUPPORTED, PARTNER_KIND_FITS_TYPE, PARTNER_REGION_DIFFERS, PARTNER_REGION_BORDERS,
        PARTNER_OFFER_FROM_THIRD_PARTY})
public final class PartnerTypePolicy {

    private PartnerTypePolicy() {
    }

    public static Verdict check(CooperationType type, RegionCode initiatingRegion, Partner partner,
                                Initiator initiator, RegionBorders borders) {
        if (!type.supported()) {
            return Verdict.refused(TYPE_SUPPORTED, type + " is not supported yet: it needs DPRD and ministerial approval first (Permendagri 25/2020)");
        }
        return partnerFits(type, initiatingRegion, partner, borders)
                .and(Verdict.when(initiator == Initiator.PARTNER_OFFER && type != CooperationType.KSDPK,
                        PARTNER_OFFER_FROM_THIRD_PARTY, "only a third party (KSDPK) initiates by an offer; this is " + type));
    }

    /** An import is refused only what the system cannot hold at all; the rest it records as deviations. */
    public static Verdict supportedForImport(CooperationType type) {
        return Verdict.when(!type.supported(), TYPE_SUPPORTED, type + " is not supported yet");
    }

    /** The part of the rule that an imported agreement may have broken: recorded as a deviation, not refused. */
    public static Verdict partnerFits(CooperationType type, RegionCode initiatingRegion, Partner partner,
                                      RegionBorders borders) {
        if (!type.partnerKinds().contains(partner.kind())) {
            return Verdict.refused(PARTNER_KIND_FITS_TYPE,
                    "a " + type + " cooperation needs a partner of kind " + type.partnerKinds() + ", not " + partner.kind());
        }
        if (partner.kind() != PartnerKind.REGION) {
            return Verdict.allowed();
        }
        if (partner.region().equals(initiatingRegion)) {
            return Verdict.refused(PARTNER_REGION_DIFFERS, "the partner region " + partner.region() + " is the initiating region");
        }
        return Verdict.when(type == CooperationType.KSDD_MANDATORY && !borders.border(initiatingRegion, partner.region()),
                PARTNER_REGION_BORDERS, initiatingRegion + " and " + partner.region()
                        + " are not known to border each other; use KSDD_VOLUNTARY or configure the border");
    }
}
