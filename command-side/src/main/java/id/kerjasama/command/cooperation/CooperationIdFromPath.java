package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.validation.InvalidValueException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Puts the {@code {id}} of the path into a command body as its {@code cooperationId}, so that a command is
 * addressed by its URL alone and a body can never act on another cooperation.
 */
@ControllerAdvice(assignableTypes = CooperationController.class)
class CooperationIdFromPath extends RequestBodyAdviceAdapter {

    private final ObjectMapper json;

    /** Reads with the API's strict mapper: a lenient one would hide a key given twice by keeping the last. */
    CooperationIdFromPath(MappingJackson2HttpMessageConverter requestJson) {
        this.json = requestJson.getObjectMapper();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && CooperationCommand.class.isAssignableFrom(type);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        String id = pathId();
        byte[] body = input.getBody().readAllBytes();
        try {
            JsonNode tree = json.readTree(body);
            if (tree instanceof ObjectNode object) {
                object.put("cooperationId", id);
                body = json.writeValueAsBytes(object);
            }
        } catch (JsonProcessingException malformed) {
            throw new HttpMessageNotReadableException("The body is not one JSON value", malformed, input);
        }
        return message(input.getHeaders(), body);
    }

    @SuppressWarnings("unchecked")
    private static String pathId() {
        Map<String, String> variables = (Map<String, String>) RequestContextHolder.currentRequestAttributes()
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return existing(variables == null ? null : variables.get("id")).value();
    }

    /** A malformed id cannot name an existing cooperation: answer as for any unknown one. */
    static CooperationId existing(String id) {
        try {
            return CooperationId.of(id);
        } catch (InvalidValueException e) {
            throw new AggregateNotFoundException(String.valueOf(id), "no cooperation " + id);
        }
    }

    private static HttpInputMessage message(HttpHeaders headers, byte[] body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
