package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decides whether the DPRD must approve: it must when the cooperation burdens the public and the region, or when its funding is not yet in this year's APBD. */
public record DetermineDprdApprovalRequirement(@TargetAggregateIdentifier CooperationId cooperationId,
                                               Boolean burdensPublicAndRegion,
                                               Boolean fundedInCurrentBudget,
                                               String rationale) implements CooperationCommand {

    public DetermineDprdApprovalRequirement {
        Require.present(cooperationId, "cooperationId");
        Require.present(burdensPublicAndRegion, "burdensPublicAndRegion");
        Require.present(fundedInCurrentBudget, "fundedInCurrentBudget");
        rationale = Require.optionalText(rationale, "rationale");
    }
}
