package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.PreparationDocumentKind;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds the terms of reference (KAK), a feasibility study or the partner's offer letter. */
public record AttachPreparationDocument(@TargetAggregateIdentifier CooperationId cooperationId,
                                        PreparationDocumentKind kind,
                                        DocumentReference file) implements CooperationCommand {

    public AttachPreparationDocument {
        Require.present(cooperationId, "cooperationId");
        Require.present(kind, "kind");
        Require.present(file, "file");
    }
}
