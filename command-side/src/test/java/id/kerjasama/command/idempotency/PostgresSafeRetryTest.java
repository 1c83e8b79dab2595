package id.kerjasama.command.idempotency;

import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safe retries on real PostgreSQL: concurrent duplicates with one key run once, and a COMMIT whose connection breaks
 * is answered as of unknown outcome, after which a retry with the same key finds out what happened.
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
@SpringBootTest(properties = {"db-scheduler.polling-interval=1d", "kerjasama.db-pool-size=10"})
@AutoConfigureMockMvc
class PostgresSafeRetryTest {

    private static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        url = PostgresTestDatabase.create("command_retry");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    /** What the next COMMIT of the armed thread suffers. */
    enum CommitFailure {
        /** The backend is terminated before COMMIT reaches it: nothing is stored, but the client cannot know. */
        CONNECTION_KILLED,
        /** COMMIT succeeds and its answer is lost: everything is stored, but the client cannot know. */
        ANSWER_LOST
    }

    private static volatile CommitFailure armed;
    private static volatile Thread armedThread;

    @TestConfiguration
    static class FailingCommits {

        @Bean
        static BeanPostProcessor commitsThatCanFail() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            return failingOnCommit(super.getConnection());
                        }
                    } : bean;
                }
            };
        }
    }

    private static Connection failingOnCommit(Connection connection) {
        return (Connection) Proxy.newProxyInstance(PostgresSafeRetryTest.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    CommitFailure failure = armed;
                    if (method.getName().equals("commit") && failure != null && Thread.currentThread() == armedThread) {
                        armed = null;
                        if (failure == CommitFailure.CONNECTION_KILLED) {
                            terminate(connection.unwrap(PGConnection.class).getBackendPID());
                        } else {
                            connection.commit();
                            throw new SQLException("Connection reset while reading the answer to COMMIT", "08006");
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void terminate(int backend) throws SQLException, InterruptedException {
        try (Connection admin = DriverManager.getConnection(url, "postgres", null)) {
            try (PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, backend);
                kill.execute();
            }
            for (int i = 0; i < 100; i++) {
                try (PreparedStatement alive = admin.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?")) {
                    alive.setInt(1, backend);
                    try (ResultSet rows = alive.executeQuery()) {
                        rows.next();
                        if (rows.getInt(1) == 0) {
                            return;
                        }
                    }
                }
                Thread.sleep(20);
            }
        }
    }

    private static void armNextCommit(CommitFailure failure) {
        armedThread = Thread.currentThread();
        armed = failure;
    }

    @AfterEach
    void disarm() {
        armed = null;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static final String LIAISON = "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}";

    @Test
    void a_commit_whose_connection_broke_is_503_outcome_unknown_never_nothing_stored() {
        CommandApi api = new CommandApi(mvc);
        String id = new LamandauLifecycle(api).initiated().id();
        armNextCommit(CommitFailure.CONNECTION_KILLED);
        CommandApi.Answer answer = api.send(id, "appoint-liaison-officer", LIAISON);
        assertOutcomeUnknown(answer);
        // the backend died before COMMIT: PostgreSQL rolled back, and the cooperation says so when read
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void a_commit_whose_answer_was_lost_is_503_and_the_retry_with_its_key_gets_the_original_answer() {
        CommandApi api = new CommandApi(mvc);
        String id = new LamandauLifecycle(api).initiated().id();
        api.header("Idempotency-Key", "liaison-" + id);
        armNextCommit(CommitFailure.ANSWER_LOST);
        assertOutcomeUnknown(api.send(id, "appoint-liaison-officer", LIAISON));
        CommandApi.Answer retry = api.send(id, "appoint-liaison-officer", LIAISON);
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body().path("version").asLong()).isEqualTo(1);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void a_creation_whose_connection_broke_is_run_by_the_retry_with_its_key() {
        CommandApi api = new CommandApi(mvc);
        String body = """
                {"type":"KSDPK","title":"Layanan kesehatan","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],"objective":"x"}""";
        api.header("Idempotency-Key", "initiation-after-a-broken-commit");
        armNextCommit(CommitFailure.CONNECTION_KILLED);
        assertOutcomeUnknown(api.initiate(body));
        CommandApi.Answer retry = api.initiate(body);
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(eventsOf(retry.text("id"))).isEqualTo(1);
    }

    @Test
    void concurrent_duplicates_with_one_key_run_once_and_all_get_its_answer() throws Exception {
        String body = """
                {"type":"KSDPK","title":"Layanan serentak","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],"objective":"x"}""";
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<CommandApi.Answer>> duplicates = IntStream.range(0, 8).<Callable<CommandApi.Answer>>mapToObj(i -> () ->
                    new CommandApi(mvc).header("Idempotency-Key", "one-initiation").initiate(body)).toList();
            List<CommandApi.Answer> answers = pool.invokeAll(duplicates).stream().map(PostgresSafeRetryTest::get).toList();
            assertThat(answers).extracting(CommandApi.Answer::status).containsOnly(201);
            assertThat(answers).extracting(answer -> answer.text("id")).containsOnly(answers.get(0).text("id"));
            assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed") == null).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(before + 1);
    }

    private static CommandApi.Answer get(Future<CommandApi.Answer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertOutcomeUnknown(CommandApi.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(503);
        assertThat(answer.text("code")).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.text("detail")).contains("Read the cooperation before retrying").doesNotContain("nothing was stored");
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
    }
}
