package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.FundingSource;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** Money was spent under the cooperation. */
@Revision("1")
public record BudgetRealisationRecorded(CooperationId cooperationId,
                                        int fiscalYear,
                                        FundingSource source,
                                        BigDecimal amount,
                                        String description) implements CooperationEvent {
}
