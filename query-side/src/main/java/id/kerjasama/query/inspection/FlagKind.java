package id.kerjasama.query.inspection;

import java.util.List;

/**
 * The flags the command side's deadlines raise (docs/COMMAND-API.md, "Deadlines, flags and audit findings"), each with its
 * Indonesian and English name and the commands that answer it (the end of the cooperation closes every flag).
 */
public enum FlagKind {
    DORMANT("tidak aktif (dorman)", "dormant", "answer-dormancy-flag"),
    EVALUATION_OVERDUE("evaluasi terlambat", "evaluation overdue", "record-evaluation"),
    FOLLOW_UP_ACTION_OVERDUE("tindak lanjut terlambat", "follow-up action overdue", "complete-follow-up-action"),
    STOP_RECOMMENDATION_UNANSWERED("rekomendasi penghentian belum dijawab", "stop recommendation unanswered",
            "justify-continuation", "terminate-cooperation"),
    DPRD_RESPONSE_OVERDUE("jawaban DPRD terlambat", "DPRD response overdue", "record-dprd-decision"),
    EXPIRY_APPROACHING("jangka waktu segera berakhir", "expiry approaching", "propose-extension");

    private final String term;
    private final String label;
    private final List<String> answeredWith;

    FlagKind(String term, String label, String... answeredWith) {
        this.term = term;
        this.label = label;
        this.answeredWith = List.of(answeredWith);
    }

    /** The commands (their endpoints) that answer the flag. */
    public List<String> answeredWith() {
        return answeredWith;
    }

    public String term() {
        return term;
    }

    public String label() {
        return label;
    }
}
