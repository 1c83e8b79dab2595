package id.kerjasama.query.archive;

import id.kerjasama.archive.DocumentFiles;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationDetail.RecordedFile;
import org.springframework.stereotype.Service;

/** The archived file of a document a cooperation records, found through the cooperation's detail. */
@Service
public class ArchivedFiles {

    private final DocumentFiles files;

    ArchivedFiles(DocumentFiles files) {
        this.files = files;
    }

    /** The recorded document, whether archived or not. */
    public static RecordedFile recorded(CooperationDetail detail, String documentId) {
        RecordedFile file = detail.file(documentId);
        if (file == null) {
            throw new DocumentFileNotFound("DOCUMENT_NOT_FOUND", "Cooperation " + detail.id + " records no document " + documentId);
        }
        return file;
    }

    /**
     * The file of the document, to stream.
     *
     * @throws DocumentFileNotFound (404) when the file is not archived
     */
    public ArchivedFileResource file(RecordedFile file) {
        if (file.archived == null) {
            throw new DocumentFileNotFound("FILE_NOT_ARCHIVED", "The file of document " + file.documentId + " is not archived");
        }
        return new ArchivedFileResource(files, file.sha256, file.archived.size(), file.fileName);
    }
}
