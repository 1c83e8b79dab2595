package id.kerjasama.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BearerHeaderTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsYW1hbmRhdS1vcGQifQ.c2lnbmF0dXJl";

    @Test
    void every_header_gives_the_token_or_the_refusal_that_spring_securitys_resolver_gives() {
        List<String> headers = new ArrayList<>(List.of("Bearer " + TOKEN, "bearer " + TOKEN, "BEARER " + TOKEN,
                "Bearer " + TOKEN + "==", "Bearer a+b/c~d_e-f.g=", "Bearer ==", "Bearer ", "Bearer", "bearer",
                "Bearer  " + TOKEN, "Bearer " + TOKEN + " ", "Bearer " + TOKEN + "\n", "Bearer " + TOKEN + "=x",
                "Bearer tok\u00e9n", "Bearer\t" + TOKEN, "Bearerx " + TOKEN, "Basic dXNlcjpwYXNz", "", "bear", "Token " + TOKEN));
        for (char c = 0; c < 128; c++) {
            headers.add("Bearer ab" + c + "cd");
            headers.add("Bearer abcd" + c);
        }
        BearerTokenResolver spring = new DefaultBearerTokenResolver();
        BearerTokenResolver ours = new BearerHeader();
        for (String header : headers) {
            assertThat(outcome(ours, header)).as("[%s]", header).isEqualTo(outcome(spring, header));
        }
        assertThat(outcome(ours, null)).isEqualTo(outcome(spring, null)).isEqualTo("no token");
        assertThat(outcome(ours, "Bearer " + TOKEN)).isEqualTo("token " + TOKEN);
        assertThat(outcome(ours, "Bearer x y")).isEqualTo("refused: Bearer token is malformed");
    }

    private static String outcome(BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cooperations");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            String token = resolver.resolve(request);
            return token == null ? "no token" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "refused: " + e.getError().getDescription();
        }
    }
}
