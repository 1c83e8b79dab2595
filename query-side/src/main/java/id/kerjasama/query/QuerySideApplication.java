package id.kerjasama.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The query side: read models, the query API and audit views, built from the event store. Until its own issue
 * lands it only starts, answers health and describes its (empty) API.
 */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
