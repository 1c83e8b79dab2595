package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records what was done about an open audit finding (tindak lanjut), with optional evidence. */
public record RecordFindingFollowUp(@TargetAggregateIdentifier CooperationId cooperationId,
                                    AuditFindingId findingId,
                                    String description,
                                    @HappenedOn LocalDate followedUpOn,
                                    DocumentReference evidence) implements CooperationCommand {

    public RecordFindingFollowUp {
        Require.present(cooperationId, "cooperationId");
        Require.present(findingId, "findingId");
        description = Require.text(description, "description");
        Require.present(followedUpOn, "followedUpOn");
    }
}
