package id.kerjasama.query.live;

import java.util.Optional;

/** The version the read model of a cooperation is at, answered by the feature that keeps it. */
public interface ReadModelVersions {

    /** The sequence number of the last event the read model reflects; empty when it holds no such cooperation. */
    Optional<Long> versionOf(String cooperationId);
}
