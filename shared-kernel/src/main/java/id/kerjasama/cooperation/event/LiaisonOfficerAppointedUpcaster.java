package id.kerjasama.cooperation.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a {@link LiaisonOfficerAppointed} of revision 1, stored before the liaison officer could carry an e-mail
 * address, as revision 2 without one. The stored bytes stay as they are (the audit chain hashes those).
 */
public class LiaisonOfficerAppointedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = LiaisonOfficerAppointed.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("email");
            return payload;
        });
    }
}
