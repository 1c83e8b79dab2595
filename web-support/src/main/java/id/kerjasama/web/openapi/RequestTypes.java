package id.kerjasama.web.openapi;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * The types a request body is read into, and the records they are made of, by the name their schema has in the
 * description (the simple name): the schemas that need {@code required}.
 */
final class RequestTypes {

    private RequestTypes() {
    }

    static Map<String, Class<?>> of(RequestMappingHandlerMapping handlers) {
        Map<String, Class<?>> types = new HashMap<>();
        handlers.getHandlerMethods().values().forEach(handler -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (isBody(parameter)) {
                    add(parameter.getGenericParameterType(), types);
                }
            }
        });
        return types;
    }

    /** Spring's own {@code @RequestBody}, or an annotation that tells the description it is the body. */
    private static boolean isBody(MethodParameter parameter) {
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            if (annotation instanceof RequestBody || annotation.annotationType()
                    .isAnnotationPresent(io.swagger.v3.oas.annotations.parameters.RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Type type, Map<String, Class<?>> types) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                add(argument, types);
            }
        } else if (type instanceof Class<?> record && record.isRecord()
                && types.putIfAbsent(record.getSimpleName(), record) == null) {
            for (RecordComponent component : record.getRecordComponents()) {
                add(component.getGenericType(), types);
            }
        }
    }
}
