package id.kerjasama.command.cooperation.policy;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.cooperation.RecordedDocument;

import static id.kerjasama.command.cooperation.Rule.ARCHIVED_BY_RECORDER;
import static id.kerjasama.command.cooperation.Rule.FILE_MATCHES_RECORD;
import static id.kerjasama.command.cooperation.Rule.SIGNED_ORIGINAL_PDF;

/**
 * The archive keeps the very file the history names: the bytes hash to the SHA-256 the cooperation recorded, a
 * signed original is a PDF (what is published and kept for decades must open in any reader), and the file comes
 * from a role that may record that document in the first place.
 */
@Decides({FILE_MATCHES_RECORD, SIGNED_ORIGINAL_PDF, ARCHIVED_BY_RECORDER})
public final class ArchivedFilePolicy {

    private ArchivedFilePolicy() {
    }

    public static Verdict check(RecordedDocument document, String sha256, boolean pdf, ActorRole role) {
        return Verdict.when(role != null && !CommandPermissions.allowed(document.recordedBy()).contains(role), ARCHIVED_BY_RECORDER,
                        role + " may not archive " + document.field() + ", which only "
                                + CommandPermissions.allowed(document.recordedBy()) + " record")
                .and(Verdict.when(!document.file().sha256().equals(sha256), FILE_MATCHES_RECORD,
                        "the file's SHA-256 is " + sha256 + ", but the cooperation recorded "
                                + document.file().sha256() + " for " + document.file().fileName()))
                .and(Verdict.when(document.signedOriginal() && !pdf, SIGNED_ORIGINAL_PDF,
                        "the signed original " + document.file().fileName() + " must be a PDF; these bytes are not"));
    }
}
