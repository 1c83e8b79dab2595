package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** Who the counterparty of a region is; decides which {@link CooperationType} fits. */
public enum PartnerKind implements Labelled {
    REGION,
    INDIVIDUAL,
    BUSINESS,
    CIVIL_SOCIETY_ORGANISATION,
    FOUNDATION,
    PRIVATE_UNIVERSITY,
    CENTRAL_GOVERNMENT,
    /** A vertical agency: a ministry office or work unit, a state university that is a ministry unit, BI, TNI, Polri. */
    VERTICAL_AGENCY,
    FOREIGN_LOCAL_GOVERNMENT,
    FOREIGN_INSTITUTION
}
