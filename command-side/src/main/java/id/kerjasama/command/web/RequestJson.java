package id.kerjasama.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import id.kerjasama.validation.Require;
import id.kerjasama.web.limits.ApiLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * How the command API reads a body: strictly, and only there. A key given twice, anything after the JSON value, a
 * number or boolean where a text is expected (or the reverse), a text with control characters or half a surrogate
 * pair, and a date outside {@link ApiLimits} are refused, naming the field. The application's own mapper, which
 * also reads the stored events, stays as it is: what history already holds must always load.
 */
@Configuration
class RequestJson {

    @Bean
    MappingJackson2HttpMessageConverter requestJsonConverter(ObjectMapper applicationMapper, ApiLimits limits, Clock clock) {
        MappingJackson2HttpMessageConverter converter = new MappingJackson2HttpMessageConverter(strict(applicationMapper, limits, clock));
        // answers (problems too) say their encoding, as the ones written outside Spring MVC do
        converter.setDefaultCharset(StandardCharsets.UTF_8);
        return converter;
    }

    static ObjectMapper strict(ObjectMapper applicationMapper, ApiLimits limits, Clock clock) {
        ObjectMapper mapper = applicationMapper.copy();
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.setConfig(mapper.getDeserializationConfig().without(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .with(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT));
        // ALLOW_COERCION_OF_SCALARS does not cover texts: 12 or true for a title would still become "12", "true"
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule input = new SimpleModule("kerjasama-request-input");
        input.addDeserializer(String.class, new PlainTextDeserializer());
        input.addDeserializer(LocalDate.class, dates(new RangedDateDeserializer(LocalDateDeserializer.INSTANCE, limits, clock)));
        mapper.registerModule(input);
        return mapper;
    }

    @SuppressWarnings("unchecked")
    private static JsonDeserializer<LocalDate> dates(JsonDeserializer<?> deserializer) {
        return (JsonDeserializer<LocalDate>) deserializer;
    }

    /** Every text of every command, wherever it sits in the body; the field is named by the path Jackson adds. */
    static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Require.plainText(super.deserialize(p, ctxt), "");
        }
    }

    /** Wraps the date deserializer Jackson chose (and re-chooses per field), checking what it read. */
    static final class RangedDateDeserializer extends DelegatingDeserializer {

        private final transient ApiLimits limits;
        private final transient Clock clock;

        RangedDateDeserializer(JsonDeserializer<?> dates, ApiLimits limits, Clock clock) {
            super(dates);
            this.limits = limits;
            this.clock = clock;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> dates) {
            return new RangedDateDeserializer(dates, limits, clock);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return limits.checkDate((LocalDate) super.deserialize(p, ctxt), clock, "");
        }
    }
}
