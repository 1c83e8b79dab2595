package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.POWER_OF_ATTORNEY_COVERS_PKS;

/** A power of attorney that names a document names a PKS: that is what an official may sign under it. */
@Decides(POWER_OF_ATTORNEY_COVERS_PKS)
public final class PowerOfAttorneyCoversPksPolicy {

    private PowerOfAttorneyCoversPksPolicy() {
    }

    public static Verdict check(DocumentId covered, DocumentKind kindOfCovered) {
        return Verdict.when(kindOfCovered != DocumentKind.PKS, POWER_OF_ATTORNEY_COVERS_PKS,
                "document " + covered + " is not a PKS");
    }
}
