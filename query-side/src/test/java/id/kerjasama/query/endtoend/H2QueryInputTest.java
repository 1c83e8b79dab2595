package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query parameter of every endpoint is parsed strictly: found from the request mappings themselves, so that
 * a parameter added later is held to the same rules. Refusals are 400 problems naming the parameter and the rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jmx.enabled=false", "server.shutdown=immediate", "kerjasama.db-pool-size=5"})
class H2QueryInputTest extends EndToEndTest {

    private static final String URL = "jdbc:h2:mem:query-input;DB_CLOSE_DELAY=-1";

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

    /** One query parameter of one GET endpoint, with valid values for the endpoint's other required parameters. */
    record Parameter(String path, String name, Class<?> type, Map<String, String> required) {

        String with(String value) {
            Map<String, String> query = new LinkedHashMap<>(required);
            query.put(name, value);
            return path + "?" + query.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    @Test
    void a_list_parameter_with_empty_items_is_refused_on_every_endpoint() {
        List<Parameter> lists = parameters(type -> Collection.class.isAssignableFrom(type));
        assertThat(lists).extracting(Parameter::name).contains("type", "stage", "kind");
        assertThat(lists).extracting(Parameter::path).contains("/api/public/cooperations", "/api/reports/overdue");
        List<String> notRefused = new ArrayList<>();
        for (Parameter parameter : lists) {
            for (String value : List.of(",,,", ",", "A,,B")) {
                refusedNaming(parameter, value, "NO_EMPTY_ITEMS", notRefused);
            }
        }
        assertThat(notRefused).isEmpty();
    }

    @Test
    void a_control_character_in_any_text_parameter_is_refused_on_every_endpoint() {
        List<Parameter> texts = parameters(type -> type == String.class || Collection.class.isAssignableFrom(type));
        assertThat(texts).extracting(Parameter::name).contains("q", "partner", "actor", "sort", "type");
        List<String> notRefused = new ArrayList<>();
        // (half a surrogate pair cannot be written in a URL: UTF-8 has no form for it)
        for (Parameter parameter : texts) {
            for (String value : List.of("Kerja\u0000sama", "Kerja\u0001sama", "Kerja\u007Fsama")) {
                refusedNaming(parameter, value, "PLAIN_TEXT", notRefused);
            }
        }
        assertThat(notRefused).isEmpty();
    }

    @Test
    void a_date_or_instant_outside_the_accepted_range_is_refused_on_every_endpoint() {
        List<Parameter> dates = parameters(type -> type == LocalDate.class || type == Instant.class);
        assertThat(dates).extracting(Parameter::name).contains("signedFrom", "endsBefore", "from", "asOf");
        List<String> notRefused = new ArrayList<>();
        String tooLate = LocalDate.now().plusYears(101).toString();
        for (Parameter parameter : dates) {
            boolean instant = parameter.type() == Instant.class;
            for (String day : List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", tooLate)) {
                refusedNaming(parameter, instant ? day + "T00:00:00Z" : day, "DATE_RANGE", notRefused);
            }
        }
        assertThat(notRefused).isEmpty();
    }

    @Test
    void every_refused_parameter_of_a_request_is_named_at_once() {
        QueryApi reader = new QueryApi(port).as(token(DemoUser.LAMANDAU_SEKRETARIAT));
        assertThat(refusals(reader.get("/api/cooperations?type=KSDPK,NOPE&q=Kerja%00sama&signedFrom=1899-12-31"
                + "&affair=MAGIC&stage=A,,B&size=many"))).containsExactlyInAnyOrder("q PLAIN_TEXT", "type ONE_OF",
                "stage NO_EMPTY_ITEMS", "affair ONE_OF", "signedFrom DATE_RANGE", "size FORMAT");
        // the rules between values, once every value could be read
        assertThat(refusals(reader.get("/api/cooperations?province=62.09&sort=colour,sideways&page=-1&size=0"
                + "&signedFrom=2025-02-01&signedTo=2025-01-01"))).containsExactlyInAnyOrder("sort DIRECTION",
                "province PROVINCE_CODE", "sort ONE_OF", "page NOT_NEGATIVE", "size RANGE", "signedTo END_NOT_BEFORE_START");
        assertThat(refusals(reader.get("/api/cooperations/" + UUID.randomUUID() + "/changes?to=yesterday")))
                .containsExactlyInAnyOrder("from REQUIRED", "to FORMAT");
    }

    private static List<String> refusals(QueryApi.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("INVALID_FIELD");
        List<String> refusals = new ArrayList<>();
        answer.json().path("errors").forEach(e -> refusals.add(e.path("field").asText() + " " + e.path("rule").asText()));
        return refusals;
    }

    @Test
    void an_encoded_slash_and_a_missing_token_are_problems_in_utf8() {
        for (QueryApi.Answer answer : List.of(query.get("/api/cooperations%2Fx"), new QueryApi(port).get("/api/cooperations"))) {
            assertThat(answer.status()).as(answer.body()).isIn(400, 401);
            assertThat(answer.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).isEqualToIgnoringCase("application/problem+json;charset=UTF-8"));
            assertThat(answer.json().path("code").asText()).isNotBlank();
        }
    }

    @Test
    void a_control_character_in_a_header_the_api_reads_is_a_400_problem() throws Exception {
        // U+0085 passes Tomcat (a byte of obs-text) and is refused by the security firewall once the API reads it
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/cooperations/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token(DemoUser.LAMANDAU_SEKRETARIAT) + "\r\n"
                    + "Kerjasama-Min-Version: 1\u00852\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json;charset=UTF-8");
        }
    }

    private void refusedNaming(Parameter parameter, String value, String rule, List<String> notRefused) {
        String path = parameter.with(value);
        QueryApi reader = new QueryApi(port).as(token(path.startsWith("/api/reports") ? DemoUser.KALTENG_PENGAWAS
                : DemoUser.LAMANDAU_SEKRETARIAT));
        QueryApi.Answer answer = reader.get(path, "Accept", "application/json");
        boolean problem = answer.response().headers().firstValue("Content-Type").orElse("")
                .equalsIgnoreCase("application/problem+json;charset=UTF-8");
        JsonNode error = answer.status() == 400 && problem ? answer.json().path("errors").path(0) : null;
        if (error == null || !error.path("field").asText().equals(parameter.name()) || !error.path("rule").asText().equals(rule)) {
            notRefused.add(path + " -> " + answer.status() + " " + answer.body());
        }
    }

    private List<Parameter> parameters(Predicate<Class<?>> type) {
        List<Parameter> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().isEmpty()
                    && !mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            String path = mapping.getKey().getPatternValues().iterator().next()
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Map<String, String> required = new LinkedHashMap<>();
            Map<String, Class<?>> matching = new LinkedHashMap<>();
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param == null) {
                    continue;
                }
                String name = param.name().isEmpty() ? (param.value().isEmpty() ? parameter.getParameterName() : param.value()) : param.name();
                if (type.test(parameter.getParameterType())) {
                    matching.put(name, parameter.getParameterType());
                }
                if (param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)) {
                    required.put(name, sample(parameter.getParameterType()));
                }
            }
            matching.forEach((name, parameterType) -> found.add(new Parameter(path, name, parameterType, required)));
        }
        return found;
    }

    private static String sample(Class<?> type) {
        if (type == RegionCode.class) {
            return "62.09";
        }
        if (type == LocalDate.class) {
            return "2025-01-01";
        }
        if (type == Instant.class) {
            return "2025-01-01T00:00:00Z";
        }
        return "1";
    }
}
