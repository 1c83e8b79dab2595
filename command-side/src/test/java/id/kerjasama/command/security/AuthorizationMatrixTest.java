package id.kerjasama.command.security;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.cooperation.web.CommandArguments;
import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import id.kerjasama.cooperation.command.CooperationCommand;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint × every role × own region / other region / no token, each cell asserted: 401 without a
 * token, 403 for a role that may not send the command (or a new cooperation for another region), 404 for another
 * region's cooperation, and past authorization otherwise. The endpoints are read from the running application,
 * so a new endpoint without a permission line or a sample body fails the build.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:authorization-matrix;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    private static final String OWN = "62.09";
    private static final String OTHER = "19.71";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** {@code command} is the type of the handler's command argument, {@code null} for a handler without one. */
    record Endpoint(Class<?> command, String path, boolean creates) {

        String name() {
            return command == null ? path : command.getSimpleName();
        }
    }

    @Test
    void every_command_endpoint_has_a_permission_line_and_a_sample_body() {
        assertThat(endpoints()).hasSizeGreaterThan(30).allSatisfy(endpoint -> {
            assertThat(CommandPermissions.allowed(endpoint.command())).as(endpoint.name()).isNotEmpty();
            assertThat(SampleCommands.BODIES).as(endpoint.name()).containsKey(endpoint.name());
        });
    }

    /** The query side's inbox tells clients where to send the command that answers an item: that must be where it goes. */
    @Test
    void every_command_on_a_cooperation_is_where_the_published_language_says() {
        assertThat(endpoints().stream().filter(endpoint -> !endpoint.creates())).hasSizeGreaterThan(30)
                .allSatisfy(endpoint -> {
                    assertThat(endpoint.command()).as(endpoint.path()).isNotNull();
                    assertThat(CooperationCommand.class).isAssignableFrom(endpoint.command());
                    assertThat(endpoint.path()).isEqualTo(endpoint.command() == ArchiveDocumentFile.class
                            ? ArchiveDocumentFile.PATH : CooperationCommand.ENDPOINTS
                            + CooperationCommand.endpoint(endpoint.command().asSubclass(CooperationCommand.class)));
                });
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_for_every_role_and_region() {
        CommandApi api = new CommandApi(mvc);
        String own = new LamandauLifecycle(api).initiated().id();
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            // a document the cooperation does not record: the upload is refused past authorization, if at all
            String path = endpoint.path().replace("{id}", own).replace("{documentId}", UUID.randomUUID().toString());
            String body = SampleCommands.BODIES.get(endpoint.name());
            cells.add(DynamicTest.dynamicTest(endpoint.name() + " without a token", () ->
                    assertThat(api.anonymous().post(path, body).status()).isEqualTo(401)));
            for (ActorRole role : Arrays.stream(ActorRole.values()).filter(r -> r != ActorRole.SYSTEM).toList()) {
                boolean allowed = CommandPermissions.allowed(endpoint.command()).contains(role);
                for (String region : List.of(OWN, OTHER)) {
                    cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role + " of " + region, () -> {
                        CommandApi.Answer answer = api.as("matrix-" + role, role.name(), region).post(path, body);
                        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(expected(endpoint, allowed, region, answer.status()));
                    }));
                }
            }
        }
        return cells.stream();
    }

    /** The status a cell must answer; {@code actual} where any answer past authorization will do. */
    private static int expected(Endpoint endpoint, boolean allowed, String region, int actual) {
        if (!allowed) {
            return 403;
        }
        if (region.equals(OTHER)) {
            return endpoint.creates() ? 403 : 404;
        }
        assertThat(actual).as("past authorization").isNotIn(401, 403, 404);
        return actual;
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    endpoints.add(new Endpoint(CommandArguments.commandOf(mapping.getValue()).orElse(null), path,
                            !path.contains("{id}")));
                }
            }
        }
        return endpoints;
    }
}
