package id.kerjasama.query.axon;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** The name under which this instance claims segments of the event processors. */
public record ProcessingNode(String id) {

    /** The host's name (a container's id, say) and a random part, unique for every start. */
    static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "query-side";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
