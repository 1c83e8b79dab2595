package id.kerjasama.query.endtoend;

import id.kerjasama.command.api.CommandApi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every end-to-end test holds: the query API over HTTP, the real command API, and the shared database. */
abstract class EndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    QueryApi query;
    CommandApi commands;

    /** The database the subclass put both sides on. */
    abstract String databaseUrl();

    @BeforeEach
    void connect() {
        query = new QueryApi(port);
        commands = CommandSide.api(databaseUrl());
    }
}
