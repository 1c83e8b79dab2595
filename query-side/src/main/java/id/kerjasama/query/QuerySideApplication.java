package id.kerjasama.query;

import id.kerjasama.archive.DocumentArchive;
import id.kerjasama.web.WebSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The query side: read models, the query API and the audit views, all built from the event store. */
@SpringBootApplication
@Import({WebSupport.class, DocumentArchive.class})
@PropertySource("classpath:query-side.properties")
@EnableScheduling
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
