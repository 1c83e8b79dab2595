package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the file of a document this cooperation records is in the archive. The command API builds it from an
 * upload it has streamed into the archive: the hash, size and whether the bytes are a PDF are what the server
 * measured, never what the client claims.
 *
 * @param pdf whether the bytes are a PDF by their content (its header and its trailer)
 */
public record ArchiveDocumentFile(@TargetAggregateIdentifier CooperationId cooperationId,
                                  DocumentId documentId,
                                  String sha256,
                                  long size,
                                  String mediaType,
                                  boolean pdf) implements CooperationCommand {

    /** Where the command API takes it: the file is the body, so the path names the document. */
    public static final String PATH = ENDPOINTS + "documents/{documentId}/file";

    public ArchiveDocumentFile {
        Require.present(cooperationId, "cooperationId");
        Require.present(documentId, "documentId");
        sha256 = Require.sha256(sha256, "sha256");
        mediaType = Require.text(mediaType, "mediaType");
    }
}
