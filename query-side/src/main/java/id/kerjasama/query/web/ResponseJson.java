package id.kerjasama.query.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.nio.charset.StandardCharsets;

/** JSON answers (problems too) say their encoding, as the ones written outside Spring MVC do. */
@Configuration
class ResponseJson {

    @Bean
    MappingJackson2HttpMessageConverter responseJsonConverter(ObjectMapper mapper) {
        MappingJackson2HttpMessageConverter converter = new MappingJackson2HttpMessageConverter(mapper);
        converter.setDefaultCharset(StandardCharsets.UTF_8);
        return converter;
    }
}
