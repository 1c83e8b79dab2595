package id.kerjasama.query.web;

import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.InvalidValuesException;
import id.kerjasama.validation.Require;
import id.kerjasama.validation.Violation;
import id.kerjasama.validation.Violations;
import id.kerjasama.web.limits.ApiLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parses every query parameter strictly, for every endpoint at once: every value is plain text, a list
 * ({@code ?stage=A,B}) has no empty item ({@code ?stage=,,,} is refused rather than read as a list of nulls), and
 * every date or instant lies in the range of {@link ApiLimits}. A refusal is a 400 naming the parameter and the rule,
 * and names every refused parameter of the request at once, not only the first Spring would meet.
 */
@ControllerAdvice
@Configuration
public class StrictParameters implements WebMvcConfigurer {

    private final ApiLimits limits;
    private final Clock clock;
    private final Supplier<ConversionService> conversions;

    /**
     * The conversions Spring MVC binds parameters with, found when first needed (they are made from the configurers)
     * and then kept: resolving the qualified bean again on every request was a good part of a registry request's CPU.
     */
    StrictParameters(ApiLimits limits, Clock clock,
                     @Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions) {
        this.limits = limits;
        this.clock = clock;
        this.conversions = SingletonSupplier.of(conversions::getObject);
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

    /** A value of a parameter (or a header) that could not be converted to the parameter's type, named and with its rule. */
    public static Violation refusal(String name, MethodParameter parameter, TypeMismatchException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof InvalidValueException invalid) {
            return new Violation(name, invalid.rule(), name + ": " + invalid.getMessage());
        }
        // for a list parameter such as ?stage=A,B the element type is what the client got wrong
        Class<?> type = parameter.getNestedParameterType();
        if (Collection.class.isAssignableFrom(type)) {
            type = parameter.nested().getNestedParameterType();
        }
        if (type.isEnum()) {
            return new Violation(name, "ONE_OF", name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        return new Violation(name, "FORMAT", name + " is not a valid " + type.getSimpleName()
                + " (dates as 2025-04-25, instants as 2025-04-25T08:00:00Z)");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StrictValues());
    }

    /**
     * Checks every parameter before Spring binds them, which stops at the first it cannot: every value is plain text
     * (a NUL would reach the database, which refuses it), a list parameter has no empty item (Spring reads
     * {@code ?stage=,,,} as a list of nulls, retrying with its property editors when a converter refuses), a required
     * one is there, and each converts to its parameter's type as Spring will convert it (the same conversions and
     * date editors). Spring then binds only what passed.
     */
    final class StrictValues implements HandlerInterceptor {

        private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            List<Violation> refused = new ArrayList<>();
            request.getParameterMap().forEach((name, values) -> Arrays.stream(values)
                    .map(value -> Violations.collect(() -> Require.plainText(value, name)).violations())
                    .filter(found -> !found.isEmpty()).findFirst().ifPresent(refused::addAll));
            if (handler instanceof HandlerMethod method) {
                for (MethodParameter parameter : method.getMethodParameters()) {
                    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                    // a map takes all parameters, each already checked as plain text
                    String name = param == null || Map.class.isAssignableFrom(parameter.getParameterType()) ? null
                            : name(param, parameter);
                    if (name != null && refused.stream().noneMatch(v -> v.field().equals(name))) {
                        bound(request, name, param, parameter).ifPresent(refused::add);
                    }
                }
            }
            if (!refused.isEmpty()) {
                throw new InvalidValuesException(refused);
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

        /** What Spring would refuse binding this parameter, as its argument resolver reads it. */
        private Optional<Violation> bound(HttpServletRequest request, String name, RequestParam param, MethodParameter parameter) {
            String[] values = request.getParameterValues(name);
            boolean defaulted = !ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
            Violation missing = new Violation(name, Require.REQUIRED, name + " is required");
            if (values == null || defaulted && values.length == 1 && values[0].isEmpty()) {
                return param.required() && !defaulted ? Optional.of(missing) : Optional.empty();
            }
            if (Collection.class.isAssignableFrom(parameter.getParameterType()) && !(values.length == 1 && values[0].isBlank())
                    && Arrays.stream(values).flatMap(value -> Arrays.stream(value.split(",", -1))).anyMatch(String::isBlank)) {
                // one empty value is no filter at all, as it always was
                return Optional.of(new Violation(name, "NO_EMPTY_ITEMS", name + " is a comma-separated list without empty items"));
            }
            WebDataBinder binder = new WebDataBinder(null, name);
            binder.setConversionService(conversions.get());
            dates(binder);
            try {
                Object value = binder.convertIfNecessary(values.length == 1 ? values[0] : values, parameter.getParameterType(), parameter);
                return value == null && param.required() && !defaulted ? Optional.of(missing) : Optional.empty();
            } catch (TypeMismatchException e) {
                return Optional.of(refusal(name, parameter, e));
            }
        }
    }
}
