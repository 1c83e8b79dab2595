package id.kerjasama.command.eventstore;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MessageIdentifiersTest {

    @Test
    void axon_finds_the_factory_on_the_class_path() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(MessageIdentifiers.class);
    }

    @Test
    void identifiers_are_random_version_4_uuids_in_canonical_form() {
        String id = new MessageIdentifiers().generateIdentifier();
        UUID uuid = UUID.fromString(id);
        assertThat(uuid.toString()).isEqualTo(id);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void identifiers_drawn_by_many_threads_at_once_are_all_different() {
        MessageIdentifiers identifiers = new MessageIdentifiers();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> seen.add(identifiers.generateIdentifier()));
        assertThat(seen).hasSize(200_000);
    }
}
