package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.PreparationDocumentKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static id.kerjasama.command.cooperation.Rule.PREPARATION_COMPLETE;
import static id.kerjasama.cooperation.PreparationDocumentKind.*;

/**
 * What a preparation needs before the TKKSD takes it (Permendagri 22/2020): the unit's terms of reference, or
 * the partner's offer when a third party initiated; a feasibility study for KSDPK; a liaison officer.
 */
@Decides(PREPARATION_COMPLETE)
public final class PreparationPolicy {

    private PreparationPolicy() {
    }

    public static Verdict readyForAssessment(CooperationType type, Initiator initiator,
                                             Set<PreparationDocumentKind> attached, boolean liaisonOfficerAppointed) {
        List<String> missing = new ArrayList<>();
        PreparationDocumentKind opening = initiator == Initiator.PARTNER_OFFER ? PARTNER_OFFER_LETTER : TERMS_OF_REFERENCE;
        if (!attached.contains(opening)) {
            missing.add(opening.name());
        }
        if (type == CooperationType.KSDPK && !attached.contains(FEASIBILITY_STUDY)) {
            missing.add(FEASIBILITY_STUDY.name());
        }
        if (!liaisonOfficerAppointed) {
            missing.add("LIAISON_OFFICER");
        }
        return Verdict.when(!missing.isEmpty(), PREPARATION_COMPLETE, "preparation is missing " + missing);
    }
}
