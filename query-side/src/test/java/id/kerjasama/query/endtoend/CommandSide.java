package id.kerjasama.query.endtoend;

import id.kerjasama.command.CommandSideApplication;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DevTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real command side, started in this JVM on the same database as the query side under test, so that the
 * end-to-end tests drive cooperations through the command API exactly as a frontend does.
 */
final class CommandSide {

    private static final Map<String, ConfigurableApplicationContext> RUNNING = new ConcurrentHashMap<>();

    private CommandSide() {
    }

    /** Starts (once per database) the command side, which also creates the event store's tables. */
    static void startOn(String jdbcUrl, String username) {
        // as arguments, which outrank the command side's own defaults
        RUNNING.computeIfAbsent(jdbcUrl, url -> new SpringApplicationBuilder(CommandSideApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                        "--spring.jmx.enabled=false", "--server.shutdown=immediate", "--kerjasama.db-pool-size=5",
                        // the seed dates are long past by the real clock: no deadline may add events while tests count them
                        "--db-scheduler.polling-interval=1d"));
    }

    /**
     * Starts (once per database) the command side with the test's movable clock ({@code MovableClockConfiguration})
     * and db-scheduler looking for due deadlines every 100 ms, so that a test can let months pass. It snapshots its
     * aggregates every few events, so that whatever on this side reads a cooperation's events from the store meets
     * snapshots in it.
     */
    static void startWithMovableClockOn(String jdbcUrl, String username) {
        RUNNING.computeIfAbsent(jdbcUrl, url -> new SpringApplicationBuilder(CommandSideApplication.class,
                MovableClockConfiguration.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                        "--spring.jmx.enabled=false", "--server.shutdown=immediate", "--kerjasama.db-pool-size=5",
                        "--db-scheduler.polling-interval=100ms", "--kerjasama.snapshot-threshold=3"));
    }

    /** A bean of the command side running on that database. */
    static <T> T bean(String jdbcUrl, Class<T> type) {
        return RUNNING.get(jdbcUrl).getBean(type);
    }

    /** A real bearer token from the command side's demo issuer, for reads over HTTP. */
    static String token(String jdbcUrl, String subject, ActorRole role, String region) {
        return RUNNING.get(jdbcUrl).getBean(DevTokens.class).issue(subject, subject, role, region);
    }

    /** Stops the command side on that database, so that a test class done with it releases its connections. */
    static void stop(String jdbcUrl) {
        ConfigurableApplicationContext context = RUNNING.remove(jdbcUrl);
        if (context != null) {
            context.close();
        }
    }

    /** The port the command side's server listens on, for requests a mock cannot make (a streamed upload). */
    static int port(String jdbcUrl) {
        return Integer.parseInt(RUNNING.get(jdbcUrl).getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Over MockMvc, with the context's filter that records every answer for the command side's contract. */
    static CommandApi api(String jdbcUrl) {
        WebApplicationContext context = (WebApplicationContext) RUNNING.get(jdbcUrl);
        return new CommandApi(MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("observedResponsesRecorder", FilterRegistrationBean.class).getFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build());
    }
}
