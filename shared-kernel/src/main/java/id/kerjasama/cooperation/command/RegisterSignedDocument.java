package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The secretariat registers and archives a signed document (penatausahaan). */
public record RegisterSignedDocument(@TargetAggregateIdentifier CooperationId cooperationId,
                                     DocumentId documentId,
                                     String registrationNumber,
                                     String archiveLocation) implements CooperationCommand {

    public RegisterSignedDocument {
        Require.present(cooperationId, "cooperationId");
        Require.present(documentId, "documentId");
        registrationNumber = Require.text(registrationNumber, "registrationNumber");
        archiveLocation = Require.text(archiveLocation, "archiveLocation");
    }
}
