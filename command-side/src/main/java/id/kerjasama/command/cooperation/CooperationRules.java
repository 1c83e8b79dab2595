package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.TerminationReason;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a region may configure, with the defaults of the national regulation. Set them as
 * {@code kerjasama.rules.*} properties or {@code KERJASAMA_RULES_*} environment variables.
 *
 * @param maxTermYears                the longest term without a recorded legal exception (default 5)
 * @param dprdResponseDays            days the DPRD has to answer a request for approval (default 45, the older rule)
 * @param terminationReasons          the reasons a region accepts for ending a cooperation early (default: all eight)
 * @param additionalBorders           bordering region pairs beyond the shipped list, as {@code code-code}
 * @param dprdSilence                 what the DPRD's silence after its last day means (default
 *                                    {@link DprdSilence#DEEMED_APPROVED}, the older rule)
 * @param implementingAgreementMonths months after the KB or NK is signed by which a PKS or Rencana Kerja must be
 *                                    drafted, or the cooperation is flagged dormant (default 6)
 * @param inactivityMonths            months an active cooperation may go without an activity, a report or an
 *                                    evaluation before it is flagged dormant (default 6)
 * @param evaluationIntervalMonths    how far the latest evaluated period (or the start of implementation) may lie
 *                                    behind before an evaluation is overdue (default 6: twice a budget year)
 * @param stopAnswerDays              days to answer an evaluation's recommendation to stop, by termination or by a
 *                                    justification to continue (default 60)
 * @param expiryReminderDays          days before the end of the KB's or NK's term that the reminder goes out
 *                                    (default 90)
 */
@ConfigurationProperties("kerjasama.rules")
public record CooperationRules(int maxTermYears,
                               int dprdResponseDays,
                               Set<TerminationReason> terminationReasons,
                               List<String> additionalBorders,
                               DprdSilence dprdSilence,
                               int implementingAgreementMonths,
                               int inactivityMonths,
                               int evaluationIntervalMonths,
                               int stopAnswerDays,
                               int expiryReminderDays) {

    /** What the DPRD's silence after its deadline means: approval (the older rule), or an escalation. */
    public enum DprdSilence {
        /** The silence counts as approval: the cooperation goes on to its PKS. */
        DEEMED_APPROVED,
        /** The silence is flagged overdue; the DPRD still has to decide. */
        ESCALATE
    }

    @ConstructorBinding
    public CooperationRules(@DefaultValue("5") int maxTermYears,
                            @DefaultValue("45") int dprdResponseDays,
                            @DefaultValue({"MUTUAL_AGREEMENT", "PURPOSE_ACHIEVED", "FORCE_MAJEURE",
                                    "PARTY_FAILED_OBLIGATIONS", "REPLACED_BY_NEW_AGREEMENT", "NEW_LAW",
                                    "OBJECT_LOST", "HARM_TO_NATIONAL_INTEREST"})
                            Set<TerminationReason> terminationReasons,
                            @DefaultValue({}) List<String> additionalBorders,
                            @DefaultValue("DEEMED_APPROVED") DprdSilence dprdSilence,
                            @DefaultValue("6") int implementingAgreementMonths,
                            @DefaultValue("6") int inactivityMonths,
                            @DefaultValue("6") int evaluationIntervalMonths,
                            @DefaultValue("60") int stopAnswerDays,
                            @DefaultValue("90") int expiryReminderDays) {
        this.maxTermYears = atLeastOne(maxTermYears, "max-term-years");
        this.dprdResponseDays = atLeastOne(dprdResponseDays, "dprd-response-days");
        this.terminationReasons = terminationReasons == null || terminationReasons.isEmpty()
                ? EnumSet.allOf(TerminationReason.class) : EnumSet.copyOf(terminationReasons);
        this.additionalBorders = additionalBorders == null ? List.of() : List.copyOf(additionalBorders);
        this.dprdSilence = dprdSilence == null ? DprdSilence.DEEMED_APPROVED : dprdSilence;
        this.implementingAgreementMonths = atLeastOne(implementingAgreementMonths, "implementing-agreement-months");
        this.inactivityMonths = atLeastOne(inactivityMonths, "inactivity-months");
        this.evaluationIntervalMonths = atLeastOne(evaluationIntervalMonths, "evaluation-interval-months");
        this.stopAnswerDays = atLeastOne(stopAnswerDays, "stop-answer-days");
        this.expiryReminderDays = atLeastOne(expiryReminderDays, "expiry-reminder-days");
    }

    /** The term, DPRD and termination rules as given, with the national defaults for every deadline. */
    public CooperationRules(int maxTermYears, int dprdResponseDays, Set<TerminationReason> terminationReasons,
                            List<String> additionalBorders) {
        this(maxTermYears, dprdResponseDays, terminationReasons, additionalBorders, DprdSilence.DEEMED_APPROVED,
                6, 6, 6, 60, 90);
    }

    /** The national defaults, as a region that configured nothing gets them. */
    public static CooperationRules defaults() {
        return new CooperationRules(5, 45, EnumSet.allOf(TerminationReason.class), List.of());
    }

    private static int atLeastOne(int value, String property) {
        if (value < 1) {
            throw new IllegalArgumentException("kerjasama.rules." + property + " must be at least 1");
        }
        return value;
    }
}
