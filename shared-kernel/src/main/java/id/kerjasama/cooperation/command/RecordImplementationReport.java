package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records a periodic implementation report. */
public record RecordImplementationReport(@TargetAggregateIdentifier CooperationId cooperationId,
                                         @HappenedOn LocalDate periodStart,
                                         @HappenedOn LocalDate periodEnd,
                                         String summary,
                                         DocumentReference file) implements CooperationCommand {

    public RecordImplementationReport {
        Require.present(cooperationId, "cooperationId");
        Require.present(periodStart, "periodStart");
        Require.present(periodEnd, "periodEnd");
        summary = Require.text(summary, "summary");
        Require.notBefore(periodEnd, periodStart, "periodEnd", "periodStart");
    }
}
