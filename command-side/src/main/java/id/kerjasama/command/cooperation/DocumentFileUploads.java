package id.kerjasama.command.cooperation;

import id.kerjasama.archive.DocumentFiles;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;

/**
 * Archives an uploaded file: streams it into the archive, hashing it and telling whether it is a PDF as it goes,
 * then asks the cooperation to record it ({@link ArchiveDocumentFile}); the bytes are kept only if the cooperation
 * accepts them, so a refused upload (a wrong hash, a signed original that is no PDF) leaves nothing stored.
 */
@Service
public class DocumentFileUploads {

    private static final String PDF = "application/pdf";
    private static final String OCTET_STREAM = "application/octet-stream";

    private final DocumentFiles files;
    private final CooperationCommands commands;
    private final long maxFileSize;

    DocumentFileUploads(DocumentFiles files, CooperationCommands commands,
                        @Value("${kerjasama.archive.max-file-size:25MB}") DataSize maxFileSize) {
        this.files = files;
        this.commands = commands;
        this.maxFileSize = maxFileSize.toBytes();
    }

    /** The most bytes a file may have. */
    public long maxFileSize() {
        return maxFileSize;
    }

    /**
     * @param mediaType what the client says the file is (a valid media type, or null for none); a PDF by content is
     *                  recorded as {@code application/pdf}
     * @throws DocumentFiles.FileTooLarge when the body is longer than {@link #maxFileSize()}
     */
    public CommandOutcome archive(CooperationId cooperationId, DocumentId documentId, InputStream body,
                                  String mediaType, Long expectedVersion) throws IOException {
        PdfContent content = new PdfContent(body);
        DocumentFiles.Received received = files.receive(content, maxFileSize);
        boolean pdf = content.isPdf();
        CommandOutcome outcome;
        try {
            outcome = commands.send(new ArchiveDocumentFile(cooperationId, documentId, received.sha256(), received.size(),
                    pdf ? PDF : mediaType == null ? OCTET_STREAM : mediaType, pdf), expectedVersion);
        } catch (RuntimeException refused) {
            files.discard(received);
            throw refused;
        }
        // kept after the event, not before: a refused upload must leave no bytes. Should this fail, the event names a
        // file the archive lacks; the re-hash reports it missing, and uploading the same file again stores it (the
        // cooperation records nothing new then, the archive keeps the bytes)
        files.keep(received);
        return outcome;
    }
}
