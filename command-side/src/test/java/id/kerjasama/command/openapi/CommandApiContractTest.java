package id.kerjasama.command.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.cooperation.web.CommandArguments;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.web.openapi.ApiContract;
import id.kerjasama.web.openapi.CommittedDescription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command API's description is the contract a frontend codes against: complete (every refusal, required
 * properties, examples, descriptions), true to what the tests saw the API answer, committed as
 * docs/openapi/command-api.json, and its examples are commands the API takes. Runs after every other test class of
 * the module (junit-platform.properties), so that it sees every answer they recorded.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:command-api-contract;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Order(Integer.MAX_VALUE)
class CommandApiContractTest {

    private static final String APPLICATION = "kerjasama-command-side";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode description;

    @BeforeEach
    void read() throws Exception {
        description = new ObjectMapper().readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void the_description_is_complete() {
        assertThat(new ApiContract(description, "command-side", "command-api").gaps()).isEmpty();
    }

    @Test
    void no_two_types_of_the_api_share_a_schema_name() {
        assertThat(ApiContract.schemaNameClashes(mappings.getHandlerMethods().values().stream()
                .map(HandlerMethod::getMethod).toList())).as("rename one of each pair").isEmpty();
    }

    @Test
    void every_status_the_tests_saw_is_listed_by_its_operation() {
        assertThat(new ApiContract(description, "command-side", "command-api").unlisted(APPLICATION))
                .as("answers seen in this module's tests that their operation does not list: the command side's "
                        + "CommandApiSide.errorStatuses").isEmpty();
    }

    @Test
    void the_committed_description_is_the_one_served() {
        CommittedDescription.assertCommitted("command-api", description);
    }

    /**
     * Each example, sent as a role that may send it: a creation is created, a command on none is 404, never 400. And
     * each property the description leaves optional can be left out of it without a 400 saying it is required.
     */
    @Test
    void every_example_is_a_command_the_api_takes() {
        CommandApi api = new CommandApi(mvc);
        List<String> refused = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            String path = mapping.getKey().getPatternValues().iterator().next();
            JsonNode body = description.path("paths").path(path).path("post").path("requestBody").path("content")
                    .path("application/json");
            if (!body.has("example")) {
                continue;
            }
            ObjectNode example = (ObjectNode) body.get("example");
            JsonNode schema = description.path("components").path("schemas")
                    .path(body.path("schema").path("$ref").asText().replace("#/components/schemas/", ""));
            Class<?> command = CommandArguments.commandOf(mapping.getValue()).orElseThrow();
            ActorRole role = CommandPermissions.allowed(command).iterator().next();
            api.as("contract-" + role, role.name(), example.path("initiatingRegion").asText(example.path("region").asText("62.09")));
            int expected = path.contains("{id}") ? 404 : path.startsWith("/api/contacts") ? directoryAnswer(path) : 201;
            CommandApi.Answer answer = api.post(path.replace("{id}", UUID.randomUUID().toString()), example.toString());
            if (answer.status() != expected) {
                refused.add(path + " answered " + answer.status() + " instead of " + expected + ": " + answer.body());
            }
            example.fieldNames().forEachRemaining(property -> {
                boolean required = false;
                for (JsonNode name : schema.path("required")) {
                    required |= name.asText().equals(property);
                }
                if (required) {
                    return;
                }
                ObjectNode without = example.deepCopy();
                without.remove(property);
                CommandApi.Answer lacking = api.post(path.replace("{id}", UUID.randomUUID().toString()), without.toString());
                for (JsonNode error : lacking.body().path("errors")) {
                    if (error.path("field").asText().equals(property) && error.path("rule").asText().equals("REQUIRED")) {
                        refused.add(path + ": " + property + " is required, though the description leaves it optional");
                    }
                }
            });
        }
        assertThat(refused).isEmpty();
    }

    /**
     * A change of a region's directory answers 200 (recording a contact or a webhook creates or replaces it); a removal
     * of the example's id, which the directory does not hold, is refused naming the id.
     */
    private static int directoryAnswer(String path) {
        return path.endsWith("/remove") ? 400 : 200;
    }

    /** Even a public operation refuses a token that is sent but not valid, and so lists 401 too. */
    @Test
    void a_public_operation_refuses_an_invalid_token() throws Exception {
        mvc.perform(get("/dev/tokens").header("Authorization", "Bearer not-a-token")).andExpect(status().isUnauthorized());
        assertThat(description.path("paths").path("/dev/tokens").path("get").path("responses").has("401")).isTrue();
    }

    /** docs/COMMAND-API.md shows a complete body of each command: its example in the description. */
    @Test
    void the_documented_bodies_are_the_examples() {
        StringBuilder section = new StringBuilder();
        description.path("paths").fieldNames().forEachRemaining(path -> {
            JsonNode example = description.path("paths").path(path).path("post").path("requestBody").path("content")
                    .path("application/json").path("example");
            if (!example.isMissingNode()) {
                section.append("`POST ").append(path).append("`\n\n```json\n")
                        .append(CommittedDescription.print(example)).append("```\n\n");
            }
        });
        CommittedDescription.assertSection("COMMAND-API.md", "CommandApiContractTest", section.toString().strip());
    }
}
