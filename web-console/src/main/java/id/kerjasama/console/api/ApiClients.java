package id.kerjasama.console.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP clients of the two APIs, from Spring's auto-configured {@link RestClient.Builder} (which carries the trace
 * context once tracing is on). Each request carries the signed-in person's token; every error answer becomes an
 * {@link ApiProblem} with the problem the API sent.
 */
@Configuration(proxyBeanMethods = false)
class ApiClients {

    @Bean
    Api api(RestClient.Builder builder, BearerToken token, ObjectMapper json,
            @Value("${kerjasama.console.command-url}") String commandUrl,
            @Value("${kerjasama.console.query-url}") String queryUrl,
            @Value("${kerjasama.console.api-timeout}") Duration timeout) {
        return new Api(client(builder, commandUrl, token, json, timeout), client(builder, queryUrl, token, json, timeout), json);
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl, BearerToken token, ObjectMapper json,
                                     Duration timeout) {
        return builder.clone().baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(
                        ClientHttpRequestFactorySettings.defaults().withReadTimeout(timeout)))
                .requestInterceptor((request, body, execution) -> {
                    token.current().ifPresent(t -> request.getHeaders().setBearerAuth(t));
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(status -> status.isError(), (request, response) -> {
                    throw new ApiProblem(response.getStatusCode().value(), problem(response.getBody().readAllBytes(),
                            response.getHeaders(), json));
                })
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(byte[] body, HttpHeaders headers, ObjectMapper json) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException notJson) {
            // not every refusal comes from our APIs (a proxy, a server that is down): keep its words
            return Map.of("title", new String(body, java.nio.charset.StandardCharsets.UTF_8).strip());
        }
    }
}
