package id.kerjasama.web.cors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;

/**
 * Lets the frontends named in {@code kerjasama.cors.allowed-origins} (comma-separated) call the API from a
 * browser; with none named, browsers on other origins are refused.
 */
@Configuration
class CorsConfiguration implements WebMvcConfigurer {

    private final String[] allowedOrigins;

    CorsConfiguration(@Value("${kerjasama.cors.allowed-origins:}") String allowedOrigins) {
        this.allowedOrigins = Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(o -> !o.isEmpty())
                .toArray(String[]::new);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (allowedOrigins.length > 0) {
            registry.addMapping("/api/**").allowedOrigins(allowedOrigins).allowedMethods("GET", "POST")
                    .allowedHeaders("*").exposedHeaders("ETag", "Location");
        }
    }
}
