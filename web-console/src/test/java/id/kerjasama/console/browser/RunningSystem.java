package id.kerjasama.console.browser;

import id.kerjasama.command.CommandSideApplication;
import id.kerjasama.console.ConsoleApplication;
import id.kerjasama.console.SidesOnClassPath;
import id.kerjasama.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * The real command side, query side and console, started once in this JVM on one in-memory H2 database and random
 * ports, the console pointed at the two sides over HTTP as in production.
 */
final class RunningSystem {

    private static final String DATABASE = "jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1";
    private static String consoleUrl;
    private static String commandUrl;

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
                            "--spring.autoconfigure.exclude=" + SidesOnClassPath.autoConfigurations());
            consoleUrl = "http://localhost:" + port(console);
            commandUrl = "http://localhost:" + port(command);
        }
        return consoleUrl;
    }

    /** The command side's base URL, for what a test prepares through the API rather than through a page. */
    static synchronized String commandUrl() {
        consoleUrl();
        return commandUrl;
    }

    private static String[] common(String database, String dataDir) {
        return new String[]{"--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=sa",
                "--spring.jmx.enabled=false", "--server.shutdown=immediate", "--kerjasama.db-pool-size=5",
                "--kerjasama.data-dir=" + dataDir, "--db-scheduler.polling-interval=1d"};
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
