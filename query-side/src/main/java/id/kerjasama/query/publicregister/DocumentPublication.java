package id.kerjasama.query.publicregister;

import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationDetail.RecordedFile;

/**
 * Whether the public may download the file of a document a cooperation records, without a token (UU 14/2008 art. 11):
 * the one place the public download asks, so that what the law withholds (art. 17) is decided here alone.
 */
public interface DocumentPublication {

    boolean mayPublish(CooperationDetail cooperation, RecordedFile document);
}
