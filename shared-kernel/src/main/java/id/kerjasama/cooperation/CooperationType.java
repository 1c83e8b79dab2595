package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

import java.util.EnumSet;
import java.util.Set;

import static id.kerjasama.cooperation.PartnerKind.*;

/** The legal kinds of regional cooperation (PP 28/2018) and which partners each may have. */
public enum CooperationType implements Labelled {
    KSDD_MANDATORY(EnumSet.of(REGION)),
    KSDD_VOLUNTARY(EnumSet.of(REGION)),
    KSDPK(EnumSet.of(INDIVIDUAL, BUSINESS, CIVIL_SOCIETY_ORGANISATION, FOUNDATION, PRIVATE_UNIVERSITY)),
    SYNERGY(EnumSet.of(CENTRAL_GOVERNMENT, VERTICAL_AGENCY)),
    KSDPL(EnumSet.of(FOREIGN_LOCAL_GOVERNMENT)),
    KSDLL(EnumSet.of(FOREIGN_INSTITUTION));

    private final Set<PartnerKind> partnerKinds;

    CooperationType(Set<PartnerKind> partnerKinds) {
        this.partnerKinds = partnerKinds;
    }

    public Set<PartnerKind> partnerKinds() {
        return partnerKinds;
    }

    /** Foreign cooperation needs DPRD and ministerial approval first (Permendagri 25/2020): not modelled yet. */
    public boolean supported() {
        return this != KSDPL && this != KSDLL;
    }

    /** A synergy is agreed in a Nota Kesepakatan with its Rencana Kerja; every other kind in a KB and its PKS. */
    public DocumentKind frameworkInstrument() {
        return this == SYNERGY ? DocumentKind.NK : DocumentKind.KB;
    }
}
