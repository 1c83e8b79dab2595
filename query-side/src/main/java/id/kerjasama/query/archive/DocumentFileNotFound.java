package id.kerjasama.query.archive;

/** No such document in the cooperation (DOCUMENT_NOT_FOUND), or its file is not in the archive (FILE_NOT_ARCHIVED). */
public class DocumentFileNotFound extends RuntimeException {

    private final String code;

    DocumentFileNotFound(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
