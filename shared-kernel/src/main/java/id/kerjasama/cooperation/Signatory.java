package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

/**
 * One person signing a document, for one side, in one capacity. A mandated official names the power of
 * attorney (surat kuasa) he or she signs under.
 */
public record Signatory(SigningParty party, String name, String position, SigningCapacity capacity,
                        PowerOfAttorneyId powerOfAttorneyId) {

    public Signatory {
        Require.present(party, "party");
        name = Require.text(name, "name");
        position = Require.text(position, "position");
        Require.present(capacity, "capacity");
        Require.that((capacity == SigningCapacity.MANDATED_OFFICIAL) == (powerOfAttorneyId != null),
                "powerOfAttorneyId", "POWER_OF_ATTORNEY_FOR_MANDATED_OFFICIAL",
                "powerOfAttorneyId is required for a mandated official and only for one");
        Require.that((party == SigningParty.PARTNER) == (capacity == SigningCapacity.PARTNER_REPRESENTATIVE),
                "capacity", "CAPACITY_MATCHES_PARTY",
                "the partner signs as PARTNER_REPRESENTATIVE, the region in any other capacity");
    }
}
