package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import org.axonframework.serialization.Revision;

/**
 * The file of a document the cooperation records was stored in the archive: its bytes have the SHA-256 the
 * cooperation recorded for it ({@link id.kerjasama.cooperation.RecordedDocument}), so anyone can fetch the very file
 * the history names. Who stored it, and when, is the event's metadata.
 */
@Revision("1")
public record DocumentFileArchived(CooperationId cooperationId,
                                   DocumentId documentId,
                                   String sha256,
                                   long size,
                                   String mediaType) implements CooperationEvent {
}
