package id.kerjasama.query.inspection;

/**
 * The flags the command side's deadlines raise (README "Deadlines, flags and audit findings"), as inspectors read
 * them, each with its Indonesian and English name.
 */
public enum FlagKind {
    DORMANT("tidak aktif (dorman)", "dormant"),
    EVALUATION_OVERDUE("evaluasi terlambat", "evaluation overdue"),
    FOLLOW_UP_ACTION_OVERDUE("tindak lanjut terlambat", "follow-up action overdue"),
    STOP_RECOMMENDATION_UNANSWERED("rekomendasi penghentian belum dijawab", "stop recommendation unanswered"),
    DPRD_RESPONSE_OVERDUE("jawaban DPRD terlambat", "DPRD response overdue"),
    EXPIRY_APPROACHING("jangka waktu segera berakhir", "expiry approaching");

    private final String term;
    private final String label;

    FlagKind(String term, String label) {
        this.term = term;
        this.label = label;
    }

    public String term() {
        return term;
    }

    public String label() {
        return label;
    }
}
