package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentKind;

import static id.kerjasama.command.cooperation.Rule.DPRD_GATE;

/**
 * When the DPRD must approve a KB (of a KSDD or KSDPK, never a SYNERGY's), no PKS under it, nor an adendum to one,
 * is signed before the DPRD approved or its silence counts as approval.
 */
@Decides(DPRD_GATE)
public final class DprdGatePolicy {

    private DprdGatePolicy() {
    }

    /**
     * @param signingAs     the kind whose rules apply (for an adendum, the kind of the document it amends)
     * @param throughDprd   whether the signed framework goes before the DPRD
     * @param determined    whether it was determined if the DPRD must approve
     * @param cleared       whether nothing waits for the DPRD any more
     */
    public static Verdict check(DocumentKind signingAs, boolean throughDprd, boolean determined, boolean cleared) {
        if (signingAs != DocumentKind.PKS || !throughDprd) {
            return Verdict.allowed();
        }
        return Verdict.when(!determined || !cleared, DPRD_GATE,
                !determined ? "whether the DPRD must approve has not been determined"
                        : "the DPRD has not approved this cooperation");
    }
}
