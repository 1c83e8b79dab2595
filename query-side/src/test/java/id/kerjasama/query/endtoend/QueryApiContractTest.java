package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.web.openapi.ApiContract;
import id.kerjasama.web.openapi.CommittedDescription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query API's description is complete, true to every answer this module's tests saw (the command side's too,
 * which these tests drive, against its committed description) and committed as docs/openapi/query-api.json. Runs
 * after every other test class of the module (junit-platform.properties).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jmx.enabled=false", "server.shutdown=immediate", "kerjasama.db-pool-size=5"})
@Order(Integer.MAX_VALUE)
class QueryApiContractTest extends EndToEndTest {

    private static final String URL = "jdbc:h2:mem:query-api-contract;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        CommandSide.startOn(URL, "sa");
        registry.add("spring.datasource.url", () -> URL);
    }

    @Override
    String databaseUrl() {
        return URL;
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode description;

    @BeforeEach
    void read() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        description = new ObjectMapper().readTree(answer.body());
    }

    @Test
    void the_description_is_complete() {
        assertThat(new ApiContract(description, "query-side", "query-api").gaps()).isEmpty();
    }

    @Test
    void no_two_types_of_the_api_share_a_schema_name() {
        assertThat(ApiContract.schemaNameClashes(mappings.getHandlerMethods().values().stream()
                .map(HandlerMethod::getMethod).toList())).as("rename one of each pair").isEmpty();
    }

    @Test
    void every_status_the_tests_saw_is_listed_by_its_operation() throws IOException {
        assertThat(new ApiContract(description, "query-side", "query-api").unlisted("kerjasama-query-side"))
                .as("answers seen in this module's tests that their operation does not list: QueryApiSide.errorStatuses")
                .isEmpty();
        Path committed = Files.isDirectory(Path.of("docs")) ? Path.of("docs") : Path.of("..", "docs");
        JsonNode commandApi = new ObjectMapper().readTree(committed.resolve("openapi/command-api.json").toFile());
        assertThat(new ApiContract(commandApi, "command-side", "command-api").unlisted("kerjasama-command-side"))
                .as("command side answers seen in this module's tests that their operation does not list: "
                        + "CommandApiSide.errorStatuses").isEmpty();
    }

    @Test
    void the_committed_description_is_the_one_served() {
        CommittedDescription.assertCommitted("query-api", description);
    }
}
