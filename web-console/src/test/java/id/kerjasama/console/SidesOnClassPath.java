package id.kerjasama.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tests have both sides on their class path, to start them beside the console; the console must start as its
 * own jar runs, without what only the sides' jars bring.
 */
public final class SidesOnClassPath {

    private SidesOnClassPath() {
    }

    /**
     * The auto-configurations only the sides' jars bring (Axon, db-scheduler, springdoc, a database and its migrations,
     * the resource server), comma-separated for {@code spring.autoconfigure.exclude}.
     */
    public static String autoConfigurations() {
        Set<String> excluded = new LinkedHashSet<>(List.of(
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
                "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration",
                "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration"));
        try {
            for (URL imports : Collections.list(SidesOnClassPath.class.getClassLoader().getResources(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(imports.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip)
                            .filter(name -> name.startsWith("org.axonframework.") || name.startsWith("com.github.kagkarlsson.")
                                    || name.startsWith("org.springdoc."))
                            .forEach(excluded::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(",", excluded);
    }
}
