package id.kerjasama.archive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The archive of document files, imported by each side's application: the command side writes it, the query side reads it. */
@Configuration
public class DocumentArchive {

    @Bean
    DocumentFiles documentFiles(JdbcTemplate jdbc, Clock clock) {
        return new JdbcDocumentFiles(jdbc, clock);
    }
}
