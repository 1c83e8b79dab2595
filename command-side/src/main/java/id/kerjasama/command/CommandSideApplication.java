package id.kerjasama.command;

import id.kerjasama.archive.DocumentArchive;
import id.kerjasama.web.WebSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/** The command side: decides on every step of a cooperation and stores it as an event. */
@SpringBootApplication
@Import({WebSupport.class, DocumentArchive.class})
@ConfigurationPropertiesScan
@PropertySource("classpath:command-side.properties")
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
