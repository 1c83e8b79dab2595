package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

/**
 * A file kept outside the event store, pinned by the SHA-256 of its bytes so that anyone holding the file can
 * prove it is the one that was recorded.
 */
public record DocumentReference(String fileName, String sha256, String location) {

    public DocumentReference {
        fileName = Require.text(fileName, "fileName");
        sha256 = Require.sha256(sha256, "sha256");
        location = Require.optionalText(location, "location");
    }
}
