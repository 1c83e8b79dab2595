package id.kerjasama.console.signin;

import id.kerjasama.console.ConsoleApplication;
import id.kerjasama.console.SidesOnClassPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the prod profile there are no demo users: whoever is not signed in is sent to the OpenID Connect provider
 * (authorization code flow). The provider's endpoints are named explicitly, so that nothing is fetched from it at
 * start-up.
 */
class ProdSignInTest {

    private static ConfigurableApplicationContext console;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        String provider = "spring.security.oauth2.client.provider.kerjasama.";
        String registration = "spring.security.oauth2.client.registration.kerjasama.";
        console = new SpringApplicationBuilder(ConsoleApplication.class).profiles("prod")
                .run("--server.port=0", "--spring.jmx.enabled=false",
                        "--spring.autoconfigure.exclude=" + SidesOnClassPath.autoConfigurations(),
                        "--" + provider + "authorization-uri=https://idp.example.go.id/authorize",
                        "--" + provider + "token-uri=https://idp.example.go.id/token",
                        "--" + provider + "jwk-set-uri=https://idp.example.go.id/jwks",
                        "--" + provider + "user-info-uri=https://idp.example.go.id/userinfo",
                        "--" + provider + "user-name-attribute=sub",
                        "--" + registration + "client-id=kerjasama-console",
                        "--" + registration + "client-secret=secret");
        base = "http://localhost:" + console.getEnvironment().getRequiredProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void whoever_is_not_signed_in_is_sent_to_the_provider_with_an_authorization_code_request() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/oauth2/authorization/kerjasama"));

        HttpResponse<String> authorization = get("/oauth2/authorization/kerjasama");
        assertThat(authorization.statusCode()).isEqualTo(302);
        assertThat(authorization.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("https://idp.example.go.id/authorize?").contains("response_type=code",
                        "client_id=kerjasama-console", "scope=openid"));
    }

    @Test
    void there_are_no_demo_users_in_prod() throws Exception {
        HttpResponse<String> signIn = get("/signin");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/oauth2/authorization/kerjasama"));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
