package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records something done under the cooperation. */
public record RecordActivity(@TargetAggregateIdentifier CooperationId cooperationId,
                             @HappenedOn LocalDate date,
                             String description,
                             String unit) implements CooperationCommand {

    public RecordActivity {
        Require.present(cooperationId, "cooperationId");
        Require.present(date, "date");
        description = Require.text(description, "description");
        unit = Require.text(unit, "unit");
    }
}
