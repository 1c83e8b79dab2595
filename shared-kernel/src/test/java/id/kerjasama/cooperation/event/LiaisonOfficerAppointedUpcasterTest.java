package id.kerjasama.cooperation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.contact.EmailAddress;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.Person;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LiaisonOfficerAppointedUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    private static final String ID = "6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111";

    private static IntermediateEventRepresentation stored(String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Cooperation", ID, 1, "e1",
                Instant.parse("2025-04-28T00:00:00Z"), LiaisonOfficerAppointed.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, SERIALIZER);
    }

    private static LiaisonOfficerAppointed read(IntermediateEventRepresentation representation) {
        List<IntermediateEventRepresentation> upcast = new LiaisonOfficerAppointedUpcaster()
                .upcast(Stream.of(representation)).toList();
        assertThat(upcast).hasSize(1);
        SerializedObject<?> data = upcast.get(0).getData();
        assertThat(data.getType().getRevision()).isEqualTo("2");
        return SERIALIZER.deserialize(data);
    }

    @Test
    void an_appointment_of_revision_1_reads_as_one_without_an_address() {
        LiaisonOfficerAppointed event = read(stored("1",
                "{\"cooperationId\":\"" + ID + "\",\"officer\":{\"name\":\"Siti Rahmah\",\"position\":\"Kepala Bagian Umum\"}}"));
        assertThat(event).isEqualTo(new LiaisonOfficerAppointed(CooperationId.of(ID),
                new Person("Siti Rahmah", "Kepala Bagian Umum"), null));
    }

    @Test
    void an_appointment_of_revision_2_is_read_as_stored() {
        LiaisonOfficerAppointed event = read(stored("2", "{\"cooperationId\":\"" + ID + "\",\"officer\":{\"name\":"
                + "\"Siti Rahmah\",\"position\":\"Kepala Bagian Umum\"},\"email\":\"siti@lamandaukab.go.id\"}"));
        assertThat(event.email()).isEqualTo(EmailAddress.of("siti@lamandaukab.go.id"));
    }
}
