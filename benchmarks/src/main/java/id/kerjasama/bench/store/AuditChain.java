package id.kerjasama.bench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The event hash of docs/AUDIT-CHAIN.md, written from that document alone (not from the product's code). */
public final class AuditChain {
    private AuditChain() {
    }

    static byte[] hash(Synthetic.Row row, byte[] previous) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256 + row.payload().length);
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        text(out, "kerjasama.event.v1");
        text(out, row.eventId());
        text(out, row.aggregateId());
        out.writeLong(row.sequence());
        text(out, row.type());
        text(out, row.payloadType());
        text(out, row.payloadRevision());
        text(out, row.timestamp());
        bytes(out, row.payload());
        bytes(out, row.metaData());
        bytes(out, previous);
        return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
    }

    private static void text(java.io.DataOutputStream out, String text) throws IOException {
        bytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(java.io.DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }
}
