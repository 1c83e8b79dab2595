package id.kerjasama.query.inspection;

import id.kerjasama.cooperation.command.AnswerDormancyFlag;
import id.kerjasama.cooperation.command.CompleteFollowUpAction;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.cooperation.command.JustifyContinuation;
import id.kerjasama.cooperation.command.ProposeExtension;
import id.kerjasama.cooperation.command.RecordDprdDecision;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.command.TerminateCooperation;

import java.util.List;

/**
 * The flags the command side's deadlines raise (docs/COMMAND-API.md, "Deadlines, flags and audit findings"), each with its
 * Indonesian and English name and the commands that answer it (the end of the cooperation closes every flag).
 */
public enum FlagKind {
    DORMANT("tidak aktif (dorman)", "dormant", AnswerDormancyFlag.class),
    EVALUATION_OVERDUE("evaluasi terlambat", "evaluation overdue", RecordEvaluation.class),
    FOLLOW_UP_ACTION_OVERDUE("tindak lanjut terlambat", "follow-up action overdue", CompleteFollowUpAction.class),
    STOP_RECOMMENDATION_UNANSWERED("rekomendasi penghentian belum dijawab", "stop recommendation unanswered",
            JustifyContinuation.class, TerminateCooperation.class),
    DPRD_RESPONSE_OVERDUE("jawaban DPRD terlambat", "DPRD response overdue", RecordDprdDecision.class),
    EXPIRY_APPROACHING("jangka waktu segera berakhir", "expiry approaching", ProposeExtension.class);

    private final String term;
    private final String label;
    private final List<Class<? extends CooperationCommand>> commands;

    @SafeVarargs
    FlagKind(String term, String label, Class<? extends CooperationCommand>... commands) {
        this.term = term;
        this.label = label;
        this.commands = List.of(commands);
    }

    /** The commands that answer the flag. */
    public List<Class<? extends CooperationCommand>> commands() {
        return commands;
    }

    /** The endpoints of the commands that answer the flag. */
    public List<String> answeredWith() {
        return commands.stream().map(CooperationCommand::endpoint).toList();
    }

    public String term() {
        return term;
    }

    public String label() {
        return label;
    }
}
