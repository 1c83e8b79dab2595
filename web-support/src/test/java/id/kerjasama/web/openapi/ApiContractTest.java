package id.kerjasama.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's checks find what a description lacks, and the statuses the tests saw that it does not list. */
class ApiContractTest {

    private static final String COMPLETE = """
            {"paths":{"/api/things/{id}":{"post":{"operationId":"change",
              "parameters":[{"name":"id","in":"path","description":"The thing"}],
              "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Change"},
                "example":{"name":"x"}}}},
              "responses":{"200":{"description":"OK"},
                "400":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}},
                "401":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
             "components":{"schemas":{"Change":{"required":["name"],"example":{"name":"x"},
               "properties":{"name":{"type":"string","description":"The name"}}}}}}""";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_complete_description_has_no_gap() throws Exception {
        assertThat(new ApiContract(json.readTree(COMPLETE), "side", "side-api").gaps()).isEmpty();
    }

    @Test
    void each_shortfall_is_named_with_where_to_fix_it() throws Exception {
        String lacking = COMPLETE.replace("\"description\":\"The thing\"", "\"x\":1")
                .replace("\"401\"", "\"403\"").replace("\"400\"", "\"409\"")
                .replace("\"required\":[\"name\"],\"example\":{\"name\":\"x\"},", "")
                .replace("\"description\":\"The name\"", "\"x\":1")
                .replace("\"Change\":{", "\"SseEmitter\":{},\"Change\":{");
        assertThat(new ApiContract(json.readTree(lacking), "side", "side-api").gaps()).containsExactlyInAnyOrder(
                "POST /api/things/{id} (change) does not list 401 (a token is checked wherever one is sent): its "
                        + "side's ApiSide.errorStatuses",
                "POST /api/things/{id} (change) reads a body or a parameter but does not list 400: its side's "
                        + "ApiSide.errorStatuses",
                "POST /api/things/{id} (change): parameter id has no description: add parameter.id= (or "
                        + "parameter.change.id=) to side/src/main/resources/openapi/side-api.properties",
                "request schema Change says no property is required (ApiSide.requiredProperties)",
                "request schema Change has no example: add side/src/main/resources/openapi/side-api/Change.json",
                "schema SseEmitter is a framework type: describe what it produces instead",
                "schema Change: property name has no description: add Change.name= to "
                        + "side/src/main/resources/openapi/side-api.properties");
    }

    @Test
    void a_status_seen_but_not_listed_is_named_whether_spring_mvc_matched_the_request_or_not() throws Exception {
        ObservedResponses.Recorder recorder = new ObservedResponses.Recorder("contract-test-side");
        MockHttpServletRequest matched = new MockHttpServletRequest("POST", "/api/things/1");
        matched.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/things/{id}");
        MockHttpServletResponse conflict = new MockHttpServletResponse();
        conflict.setStatus(409);
        recorder.doFilter(matched, conflict, new MockFilterChain());
        MockHttpServletResponse unauthenticated = new MockHttpServletResponse();
        unauthenticated.setStatus(401);
        recorder.doFilter(new MockHttpServletRequest("POST", "/api/things/2"), unauthenticated, new MockFilterChain());
        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        tooLarge.setStatus(413);
        recorder.doFilter(new MockHttpServletRequest("POST", "/api/things/3"), tooLarge, new MockFilterChain());

        JsonNode api = json.readTree(COMPLETE);
        assertThat(new ApiContract(api, "side", "side-api").unlisted("contract-test-side"))
                .containsExactly("POST /api/things/{id} 409", "POST /api/things/{id} 413");
    }
}
