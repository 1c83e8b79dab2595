package id.kerjasama.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The reference web console: pages for the office, the TKKSD, the regional head, inspectors, operators and the
 * public, made from the command and query APIs with the signed-in person's token. It has no database and no rule of
 * its own: what it shows is what the APIs answer, every refusal the API's problem.
 */
@SpringBootApplication
// as the sides do, so that all three can run in one JVM in the browser tests without reading each other's settings
@PropertySource("classpath:web-console.properties")
public class ConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }
}
