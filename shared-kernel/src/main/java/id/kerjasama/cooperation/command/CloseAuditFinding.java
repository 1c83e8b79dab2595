package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The inspector closes an audit finding, saying why (followed up, or no longer relevant). */
public record CloseAuditFinding(@TargetAggregateIdentifier CooperationId cooperationId,
                                AuditFindingId findingId,
                                String conclusion) implements CooperationCommand {

    public CloseAuditFinding {
        Require.present(cooperationId, "cooperationId");
        Require.present(findingId, "findingId");
        conclusion = Require.text(conclusion, "conclusion");
    }
}
