package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.INSTRUMENT_FITS_TYPE;

/**
 * The instruments a cooperation is agreed in: a KB and its PKS for KSDD and KSDPK, a Nota Kesepakatan and its
 * Rencana Kerja for a SYNERGY. An imported agreement keeps what was actually signed (its framework kind), and
 * whether that fit its type is recorded as a deviation.
 */
@Decides(INSTRUMENT_FITS_TYPE)
public final class InstrumentFitsTypePolicy {

    private InstrumentFitsTypePolicy() {
    }

    /** A document drafted under the cooperation's framework kind (KB or NK). */
    public static Verdict drafted(CooperationType type, DocumentKind frameworkKind, DocumentKind kind) {
        boolean kbFamily = kind == DocumentKind.KB || kind == DocumentKind.PKS;
        return Verdict.when(kbFamily != (frameworkKind == DocumentKind.KB), INSTRUMENT_FITS_TYPE,
                "a " + type + " cooperation is agreed in " + (frameworkKind == DocumentKind.KB ? "a KB and PKS" : "an NK and Rencana Kerja")
                        + ", not in a " + kind);
    }

    /** A power of attorney lets an official sign a PKS, which only a KB has. */
    public static Verdict powerOfAttorney(DocumentKind frameworkKind) {
        return Verdict.when(frameworkKind != DocumentKind.KB, INSTRUMENT_FITS_TYPE,
                "a power of attorney is for signing PKS under a KB");
    }

    /** The framework document signed for a cooperation of {@code type}. */
    public static Verdict signed(CooperationType type, DocumentKind kind) {
        return Verdict.when(type.frameworkInstrument() != kind, INSTRUMENT_FITS_TYPE,
                "a " + kind + " was signed for a " + type + " cooperation, which uses a " + type.frameworkInstrument());
    }
}
