package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.validation.Require;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The longest texts the command side accepts, in every text of a cooperation and from a caller with a long id and
 * name, reach every read model: no column of the read side is narrower than what the command side lets through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=5s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5"})
abstract class LongTextEndToEndTest extends EndToEndTest {

    /** Each letter decomposes into three (the "ffi" ligature), a three-byte character in UTF-8. */
    private static final String LONGEST = "\uFB03".repeat(Require.MAX_TEXT);

    private static String longest(char last) {
        return LONGEST.substring(1) + last;
    }

    @Test
    void a_cooperation_with_every_text_at_its_longest_is_projected_into_every_read_model() {
        String actor = "pejabat-" + "x".repeat(500);
        CommandApi officer = commands.as(actor, "UNIT_OFFICER", "62.09");
        CommandApi.Answer initiated = officer.initiate("{\"type\":\"KSDPK\",\"title\":\"" + longest('t') + "\",\"reportedLabel\":\""
                + longest('l') + "\",\"initiatingRegion\":\"62.09\",\"initiatingUnit\":\"" + longest('u')
                + "\",\"initiator\":\"REGIONAL_UNIT\",\"partner\":{\"kind\":\"BUSINESS\",\"name\":\"" + longest('p')
                + "\",\"parentInstitution\":\"" + longest('i') + "\"},\"affairs\":[\"HEALTH\"],\"objective\":\"" + longest('o') + "\"}");
        assertThat(initiated.status()).as(initiated.body().toString()).isEqualTo(201);
        String id = initiated.text("id");
        officer.send(id, "appoint-liaison-officer", "{\"officer\":{\"name\":\"" + longest('n') + "\",\"position\":\"" + longest('j') + "\"}}");
        CommandApi.Answer withdrawn = officer.send(id, "withdraw-cooperation", "{\"reason\":\"" + longest('r') + "\"}");
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
        long version = withdrawn.body().path("version").asLong();

        QueryApi.Answer detail = query.get("/api/cooperations/" + id + "?minVersion=" + version);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        assertThat(detail.json().path("partner").path("name").asText()).isEqualTo(longest('p'));
        JsonNode registry = query.get("/api/cooperations?partner=" + "%EF%AC%83".repeat(3) + "p").json();
        assertThat(registry.path("items").get(0).path("id").asText()).isEqualTo(id);
        QueryApi inspector = new QueryApi(port).as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        QueryApi.Answer decisions = inspector.get("/api/reports/decisions?unit=62.09&type=CooperationWithdrawn");
        assertThat(decisions.status()).as(decisions.body()).isEqualTo(200);
        assertThat(decisions.json().path("items").get(0).path("actor").path("id").asText()).isEqualTo(actor);
    }
}
