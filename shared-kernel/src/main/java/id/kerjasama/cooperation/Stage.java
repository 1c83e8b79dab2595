package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/**
 * The stages of Permendagri 22/2020 in their order. KSDD and KSDPK run PREPARATION, ASSESSMENT, OFFER,
 * JOINT_AGREEMENT, DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, IMPLEMENTATION; a SYNERGY runs PREPARATION,
 * ASSESSMENT, MEMORANDUM, IMPLEMENTATION. Administration and monitoring happen alongside implementation.
 */
public enum Stage implements Labelled {
    PREPARATION,
    ASSESSMENT,
    OFFER,
    JOINT_AGREEMENT,
    DPRD_APPROVAL,
    IMPLEMENTING_AGREEMENT,
    MEMORANDUM,
    IMPLEMENTATION,
    ENDED;

    /**
     * Where a cooperation stands once its framework is signed, here or before the region adopted the system (an
     * import): a KB of a KSDD or KSDPK waits for the DPRD; a SYNERGY has no DPRD stage, so its framework, whatever
     * was signed (an NK, or a KB by deviation), waits in MEMORANDUM for what implements it, as does an NK signed for
     * another type.
     */
    public static Stage ofSignedFramework(CooperationType type, DocumentKind signed) {
        return signed == DocumentKind.KB && type.frameworkInstrument() == DocumentKind.KB ? DPRD_APPROVAL : MEMORANDUM;
    }
}
