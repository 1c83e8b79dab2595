package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.NoOpenFlagPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.event.ActivityRecorded;
import id.kerjasama.cooperation.event.AgreementSigned;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import id.kerjasama.cooperation.event.DormancyFlagAnswered;
import id.kerjasama.cooperation.event.EvaluationOverdue;
import id.kerjasama.cooperation.event.EvaluationRecorded;
import id.kerjasama.cooperation.event.ExpiryApproaching;
import id.kerjasama.cooperation.event.ImplementationReportRecorded;
import id.kerjasama.cooperation.event.ImplementationStarted;
import id.kerjasama.cooperation.event.SignedAgreementImported;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static id.kerjasama.cooperation.DormancyReason.NO_IMPLEMENTING_AGREEMENT;
import static id.kerjasama.cooperation.DormancyReason.NO_RECENT_ACTIVITY;

/**
 * What the system watches once the KB or NK is signed (monitoring and evaluation, Permendagri 22/2020): whether a PKS or
 * Rencana Kerja follows, whether an active cooperation shows signs of life, whether evaluations keep up, the flags
 * it raised, and the reminder before the term ends. Dates are those the records are about (the day of an activity,
 * the end of a reported or evaluated period), so that paperwork recorded late does not hide months of silence.
 * A flag stays open until it is answered, and no watch raises a second flag of its kind while one is open.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Monitoring {

    /** The day the wait for a PKS or Rencana Kerja counts from: the KB's or NK's signing, or the last answer. */
    private LocalDate implementingAgreementAwaitedFrom;
    /** The latest day an activity, a report, an evaluation or an answer to a dormancy flag is about. */
    private LocalDate lastSignOfLife;
    /** The end of the latest evaluated period, or the start of implementation. */
    private LocalDate evaluatedThrough;
    private boolean evaluationOverdue;
    private Set<DormancyReason> openDormancyFlags = EnumSet.noneOf(DormancyReason.class);
    private LocalDate remindedOfExpiryFor;

    /**
     * The last day to draft a PKS or Rencana Kerja, while one is {@code awaited} (the KB or NK is signed, none is
     * drafted, the cooperation runs) and no flag for it is open.
     */
    Optional<LocalDate> implementingAgreementDue(boolean awaited, CooperationRules rules) {
        boolean watched = awaited && implementingAgreementAwaitedFrom != null
                && !openDormancyFlags.contains(NO_IMPLEMENTING_AGREEMENT);
        return watched ? Optional.of(implementingAgreementAwaitedFrom.plusMonths(rules.implementingAgreementMonths()))
                : Optional.empty();
    }

    /** The last day of allowed silence, while the cooperation is {@code active} and no flag for it is open. */
    Optional<LocalDate> inactivityDue(boolean active, CooperationRules rules) {
        return active && !openDormancyFlags.contains(NO_RECENT_ACTIVITY)
                ? Optional.of(lastSignOfLife.plusMonths(rules.inactivityMonths()))
                : Optional.empty();
    }

    /** The last day for the next evaluation, while the cooperation is {@code active} and none is overdue. */
    Optional<LocalDate> evaluationDue(boolean active, CooperationRules rules) {
        return active && !evaluationOverdue
                ? Optional.of(evaluatedThrough.plusMonths(rules.evaluationIntervalMonths()))
                : Optional.empty();
    }

    boolean evaluationOverdue() {
        return evaluationOverdue;
    }

    LocalDate evaluatedThrough() {
        return evaluatedThrough;
    }

    /** The day the silence behind a dormancy flag counts from. */
    LocalDate dormantFrom(DormancyReason reason) {
        return reason == NO_IMPLEMENTING_AGREEMENT ? implementingAgreementAwaitedFrom : lastSignOfLife;
    }

    boolean remindedOfExpiry(LocalDate lastDay) {
        return lastDay.equals(remindedOfExpiryFor);
    }

    Verdict flagOpen(DormancyReason reason) {
        return NoOpenFlagPolicy.check(openDormancyFlags.contains(reason), reason);
    }

    @EventSourcingHandler
    void on(AgreementSigned signed) {
        if (signed.kind() == DocumentKind.KB || signed.kind() == DocumentKind.NK) {
            implementingAgreementAwaitedFrom = signed.signedOn();
        }
    }

    @EventSourcingHandler
    void on(SignedAgreementImported imported) {
        implementingAgreementAwaitedFrom = imported.signedOn();
    }

    @EventSourcingHandler
    void on(ImplementationStarted started) {
        lastSignOfLife = started.startedOn();
        evaluatedThrough = started.startedOn();
    }

    @EventSourcingHandler
    void on(ActivityRecorded activity) {
        lastSignOfLife = later(lastSignOfLife, activity.date());
    }

    @EventSourcingHandler
    void on(ImplementationReportRecorded report) {
        lastSignOfLife = later(lastSignOfLife, report.periodEnd());
    }

    @EventSourcingHandler
    void on(EvaluationRecorded evaluation) {
        lastSignOfLife = later(lastSignOfLife, evaluation.periodEnd());
        evaluatedThrough = later(evaluatedThrough, evaluation.periodEnd());
        evaluationOverdue = false;
    }

    @EventSourcingHandler
    void on(EvaluationOverdue overdue) {
        evaluationOverdue = true;
    }

    @EventSourcingHandler
    void on(CooperationFlaggedDormant flagged) {
        openDormancyFlags.add(flagged.reason());
    }

    /** An answer restarts the watch that raised the flag: the answer itself is the latest sign of life. */
    @EventSourcingHandler
    void on(DormancyFlagAnswered answered) {
        openDormancyFlags.remove(answered.reason());
        if (answered.reason() == NO_IMPLEMENTING_AGREEMENT) {
            implementingAgreementAwaitedFrom = answered.answeredOn();
        } else {
            lastSignOfLife = later(lastSignOfLife, answered.answeredOn());
        }
    }

    @EventSourcingHandler
    void on(ExpiryApproaching approaching) {
        remindedOfExpiryFor = approaching.lastDay();
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
