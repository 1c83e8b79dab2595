package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.cooperation.policy.ArchivedFilePolicy;
import id.kerjasama.command.cooperation.policy.UnknownMemberPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.RecordedDocument;
import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import id.kerjasama.cooperation.event.CooperationEvent;
import id.kerjasama.cooperation.event.DocumentFileArchived;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every document the cooperation records by its SHA-256 ({@link RecordedDocument}), and which of their files are in
 * the archive: what an upload is checked against.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class RecordedFiles {

    private Map<DocumentId, RecordedDocument> recorded = new LinkedHashMap<>();
    /** The archived documents, by id, with the hash of their file. */
    private Map<DocumentId, String> archived = new LinkedHashMap<>();

    /** What the upload may not break; a document that is not recorded here is unknown. */
    Verdict accepts(ArchiveDocumentFile command, ActorRole role) {
        RecordedDocument document = recorded.get(command.documentId());
        return UnknownMemberPolicy.document(document != null, command.documentId())
                .and(document == null ? Verdict.allowed()
                        : ArchivedFilePolicy.check(document, command.sha256(), command.pdf(), role));
    }

    /** Whether this very file is archived for the document already, so that archiving it again records nothing. */
    boolean archived(ArchiveDocumentFile command) {
        return command.sha256().equals(archived.get(command.documentId()));
    }

    /** Any event may record documents ({@link RecordedDocument#in}); Axon calls this one for all but the next. */
    @EventSourcingHandler
    void on(CooperationEvent event) {
        RecordedDocument.in(event).forEach(document -> recorded.put(document.documentId(), document));
    }

    @EventSourcingHandler
    void on(DocumentFileArchived event) {
        archived.put(event.documentId(), event.sha256());
    }
}
