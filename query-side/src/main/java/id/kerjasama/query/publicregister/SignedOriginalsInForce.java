package id.kerjasama.query.publicregister;

import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationDetail.RecordedFile;
import org.springframework.stereotype.Component;

/**
 * The public may download the signed originals (KB, NK, PKS, Rencana Kerja, adenda) of a cooperation whose KB or NK
 * is signed and which has not ended: the agreements in force a public body must make available at all times. Letters,
 * reports, evidence and drafts stay with the parties and inspectors.
 */
@Component
class SignedOriginalsInForce implements DocumentPublication {

    @Override
    public boolean mayPublish(CooperationDetail cooperation, RecordedFile document) {
        CooperationDetail.Document framework = cooperation.framework();
        return document.signedOriginal && framework != null && framework.signing != null && cooperation.endReason == null;
    }
}
