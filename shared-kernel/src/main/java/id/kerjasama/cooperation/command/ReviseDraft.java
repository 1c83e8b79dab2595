package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the content of a draft that is not signed yet; any earlier approval lapses. */
public record ReviseDraft(@TargetAggregateIdentifier CooperationId cooperationId,
                          DocumentId documentId,
                          AgreementContent content,
                          String note) implements CooperationCommand {

    public ReviseDraft {
        Require.present(cooperationId, "cooperationId");
        Require.present(documentId, "documentId");
        Require.present(content, "content");
        note = Require.optionalText(note, "note");
    }
}
