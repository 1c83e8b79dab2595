package id.kerjasama.command.cooperation.policy;

import static id.kerjasama.command.cooperation.Rule.FINDINGS_BEFORE_CONCLUSION;

/** The TKKSD concludes an assessment on what it found: at least one finding is recorded first. */
@Decides(FINDINGS_BEFORE_CONCLUSION)
public final class FindingsBeforeConclusionPolicy {

    private FindingsBeforeConclusionPolicy() {
    }

    public static Verdict check(int findingsRecorded) {
        return Verdict.when(findingsRecorded == 0, FINDINGS_BEFORE_CONCLUSION, "no finding has been recorded");
    }
}
