package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drafts a KB, PKS (under its KB), NK or Rencana Kerja (under its NK). */
public record DraftAgreement(@TargetAggregateIdentifier CooperationId cooperationId,
                             DocumentId documentId,
                             DocumentKind kind,
                             DocumentId parentDocumentId,
                             AgreementContent content) implements CooperationCommand {

    public DraftAgreement {
        Require.present(cooperationId, "cooperationId");
        documentId = documentId == null ? DocumentId.generate() : documentId;
        Require.present(kind, "kind");
        Require.present(content, "content");
    }
}
