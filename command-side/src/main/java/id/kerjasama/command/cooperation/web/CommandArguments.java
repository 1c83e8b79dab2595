package id.kerjasama.command.cooperation.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.command.web.BodyViolations;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.InvalidValuesException;
import id.kerjasama.validation.Violation;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the command an endpoint stands for from the request: {@link CommandBody} reads the body with the API's strict
 * converter and, for a command on an existing cooperation, sets the {@code cooperationId} from the path's
 * {@code {id}}, so that a command is addressed by its URL alone and a body can never act on another cooperation;
 * {@link CommandFromPath} makes a command from the path alone. A body is refused as {@code @RequestBody} would refuse
 * it: 415 for a content type the converter cannot read, 400 for a missing or unreadable one, and 400 naming every
 * invalid field at once ({@link BodyViolations}) for a body that is JSON but not a valid command.
 */
@Configuration
public class CommandArguments implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final MappingJackson2HttpMessageConverter converter;
    private final ObjectMapper json;
    private final BodyViolations bodyViolations;

    /** Reads with the API's strict mapper: a lenient one would hide a key given twice by keeping the last. */
    CommandArguments(MappingJackson2HttpMessageConverter requestJson) {
        this.converter = requestJson;
        this.json = requestJson.getObjectMapper();
        this.bodyViolations = new BodyViolations(json);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    /**
     * The command a handler method stands for: the one it {@link SendsCommand}, or the type of its {@link CommandBody}
     * or {@link CommandFromPath}.
     */
    public static Optional<Class<?>> commandOf(HandlerMethod handler) {
        SendsCommand sends = handler.getMethodAnnotation(SendsCommand.class);
        if (sends != null) {
            return Optional.of(sends.value());
        }
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(CommandBody.class) || p.hasParameterAnnotation(CommandFromPath.class))
                .<Class<?>>map(MethodParameter::getParameterType).findFirst();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CommandBody.class) || parameter.hasParameterAnnotation(CommandFromPath.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) throws Exception {
        Class<?> type = parameter.getParameterType();
        if (parameter.hasParameterAnnotation(CommandFromPath.class)) {
            return fromPath(type, existing(pathId(request)));
        }
        ServletServerHttpRequest input = new ServletServerHttpRequest(request.getNativeRequest(HttpServletRequest.class));
        MediaType contentType;
        try {
            contentType = input.getHeaders().getContentType();
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotSupportedException(e.getMessage(), converter.getSupportedMediaTypes(type));
        }
        boolean noContentType = contentType == null;
        if (noContentType) {
            contentType = MediaType.APPLICATION_OCTET_STREAM;
        }
        byte[] body = input.getBody().readAllBytes();
        if (!converter.canRead(type, contentType)) {
            if (noContentType && body.length == 0) {
                throw missing(parameter, input);
            }
            throw new HttpMediaTypeNotSupportedException(contentType, converter.getSupportedMediaTypes(type), input.getMethod());
        }
        if (body.length == 0) {
            throw missing(parameter, input);
        }
        CooperationId id = CooperationCommand.class.isAssignableFrom(type) ? existing(pathId(request)) : null;
        Object command = read(type, id, body, input.getHeaders());
        if (command == null) {
            throw missing(parameter, input);
        }
        return command;
    }

    /**
     * For a command on an existing cooperation ({@code id} not null) the body's own {@code cooperationId}, if it has
     * one, gives way to the path's. A body the mapper refuses is walked for every field it refuses, not only the first.
     */
    private Object read(Class<?> type, CooperationId id, byte[] body, HttpHeaders headers) throws IOException {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new HttpMessageNotReadableException("The body is not one JSON value", malformed, message(headers, body));
        }
        if (!(tree instanceof ObjectNode object)) {
            return converter.read(type, message(headers, body));
        }
        if (id != null) {
            object.put("cooperationId", id.value());
        }
        try {
            return json.readerFor(type).readValue(object);
        } catch (InvalidDefinitionException e) {
            throw new HttpMessageConversionException("Type definition error: " + e.getType(), e);
        } catch (JsonMappingException e) {
            List<Violation> violations = bodyViolations.of(type, object, e);
            if (violations.isEmpty()) {
                throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, message(headers, body));
            }
            throw new InvalidValuesException(violations);
        } catch (JsonProcessingException e) {
            throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, message(headers, body));
        }
    }

    private static Object fromPath(Class<?> type, CooperationId id) throws ReflectiveOperationException {
        try {
            return type.getConstructor(CooperationId.class).newInstance(id);
        } catch (InvocationTargetException e) {
            // a command's own refusal of the id, as when the controller made it
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static String pathId(NativeWebRequest request) {
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return variables == null ? null : variables.get("id");
    }

    /** A malformed id cannot name an existing cooperation: answer as for any unknown one. */
    static CooperationId existing(String id) {
        try {
            return CooperationId.of(id);
        } catch (InvalidValueException e) {
            throw new AggregateNotFoundException(String.valueOf(id), "no cooperation " + id);
        }
    }

    private static HttpMessageNotReadableException missing(MethodParameter parameter, HttpInputMessage input) {
        return new HttpMessageNotReadableException("Required request body is missing: "
                + parameter.getExecutable().toGenericString(), input);
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
