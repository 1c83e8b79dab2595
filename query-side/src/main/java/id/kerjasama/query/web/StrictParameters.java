package id.kerjasama.query.web;

import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.Require;
import id.kerjasama.web.limits.ApiLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.function.Function;

/**
 * Parses every query parameter strictly, for every endpoint at once: every value is plain text, a list
 * ({@code ?stage=A,B}) has no empty item ({@code ?stage=,,,} is refused rather than read as a list of nulls), and
 * every date or instant lies in the range of {@link ApiLimits}. A refusal is a 400 naming the parameter and the rule.
 */
@ControllerAdvice
@Configuration
class StrictParameters implements WebMvcConfigurer {

    private final ApiLimits limits;
    private final Clock clock;

    StrictParameters(ApiLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : limits.checkDate(parse(text, LocalDate::parse), clock, ""));
            }
        });
        binder.registerCustomEditor(Instant.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                Instant instant = parse(text, Instant::parse);
                limits.checkDate(instant.atOffset(ZoneOffset.UTC).toLocalDate(), clock, "");
                setValue(instant);
            }
        });
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("", "FORMAT", "is not a date (2025-04-25) or an instant (2025-04-25T08:00:00Z)");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StrictValues());
    }

    /**
     * Checks the raw values before Spring converts them: every value is plain text (a NUL would reach the database,
     * which refuses it), and a list parameter has no empty item (Spring reads {@code ?stage=,,,} as a list of nulls,
     * retrying with its property editors when a converter refuses).
     */
    static final class StrictValues implements HandlerInterceptor {

        private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    Require.plainText(value, name);
                }
            });
            if (handler instanceof HandlerMethod method) {
                for (MethodParameter parameter : method.getMethodParameters()) {
                    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                    if (param != null && Collection.class.isAssignableFrom(parameter.getParameterType())) {
                        check(request, name(param, parameter));
                    }
                }
            }
            return true;
        }

        private static String name(RequestParam param, MethodParameter parameter) {
            if (!param.name().isEmpty()) {
                return param.name();
            }
            parameter.initParameterNameDiscovery(NAMES);
            return parameter.getParameterName();
        }

        private static void check(HttpServletRequest request, String name) {
            String[] values = request.getParameterValues(name);
            // one empty value is no filter at all, as it always was
            if (values == null || (values.length == 1 && values[0].isBlank())) {
                return;
            }
            for (String value : values) {
                for (String item : value.split(",", -1)) {
                    if (item.isBlank()) {
                        throw new InvalidValueException(name, "NO_EMPTY_ITEMS",
                                name + " is a comma-separated list without empty items");
                    }
                }
            }
        }
    }
}
