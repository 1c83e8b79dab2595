package id.kerjasama.console.browser;

import id.kerjasama.command.CommandSideApplication;
import id.kerjasama.console.ConsoleApplication;
import id.kerjasama.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The real command side, query side and console, started once in this JVM on one in-memory H2 database and random
 * ports, the console pointed at the two sides over HTTP as in production.
 */
final class RunningSystem {

    private static final String DATABASE = "jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1";
    private static String consoleUrl;

    private RunningSystem() {
    }

    static synchronized String consoleUrl() {
        if (consoleUrl == null) {
            String dataDir = Path.of("target", "console-browser-data").toAbsolutePath().toString();
            ConfigurableApplicationContext command = new SpringApplicationBuilder(CommandSideApplication.class)
                    .run(common(DATABASE, dataDir));
            ConfigurableApplicationContext query = new SpringApplicationBuilder(QuerySideApplication.class)
                    .run(common(DATABASE, dataDir));
            ConfigurableApplicationContext console = new SpringApplicationBuilder(ConsoleApplication.class)
                    .run("--server.port=0", "--spring.jmx.enabled=false", "--server.shutdown=immediate",
                            "--kerjasama.console.command-url=http://localhost:" + port(command),
                            "--kerjasama.console.query-url=http://localhost:" + port(query),
                            "--spring.autoconfigure.exclude=" + String.join(",", sidesOnly()));
            consoleUrl = "http://localhost:" + port(console);
        }
        return consoleUrl;
    }

    private static String[] common(String database, String dataDir) {
        return new String[]{"--server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=sa",
                "--spring.jmx.enabled=false", "--server.shutdown=immediate", "--kerjasama.db-pool-size=5",
                "--kerjasama.data-dir=" + dataDir, "--db-scheduler.polling-interval=1d"};
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /**
     * The auto-configurations that only the sides' jars on this test class path bring (Axon, db-scheduler, springdoc,
     * a database and its migrations, the resource server): the console is started as its own jar runs, without them.
     */
    private static Set<String> sidesOnly() {
        Set<String> excluded = new LinkedHashSet<>(List.of(
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
                "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration",
                "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration"));
        try {
            for (URL imports : Collections.list(RunningSystem.class.getClassLoader().getResources(
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
        return excluded;
    }
}
