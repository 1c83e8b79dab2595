package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Records money spent under the cooperation. */
public record RecordBudgetRealisation(@TargetAggregateIdentifier CooperationId cooperationId,
                                      @HappenedOn Integer fiscalYear,
                                      FundingSource source,
                                      BigDecimal amount,
                                      String description) implements CooperationCommand {

    public RecordBudgetRealisation {
        Require.present(cooperationId, "cooperationId");
        Require.present(fiscalYear, "fiscalYear");
        Require.present(source, "source");
        Require.present(amount, "amount");
        description = Require.text(description, "description");
        // a missing value is already REQUIRED: collecting (Violations), the checks after it still run
        Require.that(amount == null || amount.signum() > 0, "amount", "POSITIVE", "amount must be greater than zero");
        Require.that(fiscalYear == null || fiscalYear >= 2000 && fiscalYear <= 2100, "fiscalYear", "PLAUSIBLE_YEAR", "fiscalYear must be between 2000 and 2100");
    }
}
