package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.Rule.EXEMPTED_DOCUMENT_SIGNED;
import static id.kerjasama.command.cooperation.Rule.EXEMPTION_PERIOD;
import static id.kerjasama.command.cooperation.Rule.EXEMPTION_SIGNED_AGREEMENT;

/**
 * What an exemption from the public register may withhold, and for how long (UU 14/2008 art. 17, 19 and 20): only what
 * the register shows, a signed agreement and its signed documents; for a time that starts with the PPID's decision and
 * ends no later than the longest period the implementing regulation allows (PP 61/2010: 30 years).
 */
@Decides({EXEMPTION_SIGNED_AGREEMENT, EXEMPTED_DOCUMENT_SIGNED, EXEMPTION_PERIOD})
public final class PublicationExemptionPolicy {

    /** The longest an exemption may last, counted from its decision. */
    public static final int MAX_YEARS = 30;

    private PublicationExemptionPolicy() {
    }

    public static Verdict signedAgreement(boolean frameworkSigned, DocumentKind frameworkKind) {
        return Verdict.when(!frameworkSigned, EXEMPTION_SIGNED_AGREEMENT, "no " + frameworkKind
                + " has been signed, so the cooperation is not in the public register and has nothing to withhold");
    }

    public static Verdict documentSigned(boolean signed, DocumentKind kind, DocumentId id) {
        return Verdict.when(!signed, EXEMPTED_DOCUMENT_SIGNED,
                kind + " " + id + " is not signed, so the public register does not show it");
    }

    /** {@code until} is the exemption's last day; it ends after {@code decidedOn}, not before {@code today}. */
    public static Verdict period(LocalDate decidedOn, LocalDate until, LocalDate today) {
        if (!until.isAfter(decidedOn)) {
            return Verdict.refused(EXEMPTION_PERIOD,
                    "the exemption's last day (" + until + ") must be after its decision (" + decidedOn + ")");
        }
        if (until.isBefore(today)) {
            return Verdict.refused(EXEMPTION_PERIOD,
                    "the exemption's last day (" + until + ") is already past (today is " + today + ")");
        }
        return Verdict.when(until.isAfter(decidedOn.plusYears(MAX_YEARS)), EXEMPTION_PERIOD, "the exemption's last day ("
                + until + ") is more than " + MAX_YEARS + " years after its decision (" + decidedOn + ")");
    }
}
