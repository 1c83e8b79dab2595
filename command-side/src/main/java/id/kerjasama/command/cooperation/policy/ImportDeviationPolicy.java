package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.RegionBorders;
import id.kerjasama.cooperation.command.ImportSignedAgreement;

import java.util.List;

/**
 * What was signed before the region adopted the system is history: the rules an imported agreement breaks (its
 * partner's fit to its type, its instrument, its term, who signed it) are recorded for inspectors, not refused.
 */
public final class ImportDeviationPolicy {

    private ImportDeviationPolicy() {
    }

    /** Each rule broken, as {@code RULE: reason}. */
    public static List<String> deviations(ImportSignedAgreement command, RegionBorders borders, int maxTermYears) {
        return List.of(
                        PartnerTypePolicy.partnerFits(command.type(), command.initiatingRegion(), command.partner(), borders),
                        InstrumentFitsTypePolicy.signed(command.type(), command.kind()),
                        TermPolicy.withinMaximum(command.content().term(), maxTermYears),
                        SigningAuthorityPolicy.document(command.kind(), command.signatories(), command.signedOn(),
                                (signatory, day) -> SigningAuthorityPolicy.noPowerOfAttorney(command.kind())))
                .stream()
                .flatMap(verdict -> verdict.refusal().stream())
                .map(refusal -> refusal.rule() + ": " + refusal.getMessage())
                .toList();
    }
}
