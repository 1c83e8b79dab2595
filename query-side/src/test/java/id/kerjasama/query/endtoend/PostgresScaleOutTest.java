package id.kerjasama.query.endtoend;

import com.zaxxer.hikari.HikariDataSource;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import id.kerjasama.query.QuerySideApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-side instances on one PostgreSQL database share the projection's segments, and when one dies or freezes
 * the other takes all of them over within 15 s (README, Scaling out). A death is the instance's sessions ended at
 * once with no new ones (its pool suspended, its connections terminated, as after kill -9); a freeze is the instance
 * silent while one of its sessions sits in a transaction holding the row lock of a segment it owns, as a process
 * stopped in the middle of a batch does.
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresScaleOutTest {

    private static final String PROCESSOR = "cooperation-projection";
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(15);

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private String url;
    private JdbcTemplate jdbc;

    @BeforeEach
    void twoInstances() throws Exception {
        url = PostgresTestDatabase.create("scale_out");
        CommandSide.startOn(url, "postgres");
        instances.add(start("query-a"));
        instances.add(start("query-b"));
        jdbc = new JdbcTemplate(instances.get(1).getBean(DataSource.class));
    }

    @AfterEach
    void stop() {
        // a suspended pool would keep the processor's threads, and so the shutdown, waiting for a connection
        instances.forEach(instance -> instance.getBean(HikariDataSource.class).getHikariPoolMXBean().resumePool());
        instances.forEach(ConfigurableApplicationContext::close);
        CommandSide.stop(url);
    }

    @Test
    void two_instances_split_the_segments_and_a_survivor_takes_over_a_dead_ones_within_15_seconds() throws Exception {
        Map<String, Integer> split = awaitSplit();
        assertThat(split).containsOnlyKeys(node(0), node(1)).containsValues(2, 2);
        String id = new LamandauLifecycle(CommandSide.api(url)).submitted().id();
        awaitProjected(id, 3);

        die(instances.get(0));
        Duration takeover = awaitAllOwnedBy(node(1));
        System.out.printf("Takeover after a dead instance: %d ms%n", takeover.toMillis());
        assertThat(takeover).isLessThan(TAKEOVER_LIMIT);

        // the survivor projects every segment's cooperations now
        for (int i = 0; i < 4; i++) {
            awaitProjected(new LamandauLifecycle(CommandSide.api(url)).submitted().id(), 3);
        }
    }

    @Test
    void a_survivor_takes_over_a_frozen_instances_segments_although_it_holds_a_segment_locked() throws Exception {
        awaitSplit();
        HikariDataSource frozenPool = (HikariDataSource) instances.get(0).getBean(DataSource.class);
        int lockedSegment = jdbc.queryForObject("SELECT MIN(segment) FROM query.token_entry WHERE processor_name = ? "
                + "AND owner = ?", Integer.class, PROCESSOR, node(0));
        // one of its sessions, in the middle of a batch: the segment's row locked, and then nothing more
        Connection midBatch = frozenPool.getConnection();
        try {
            midBatch.setAutoCommit(false);
            try (PreparedStatement lock = midBatch.prepareStatement("SELECT token FROM query.token_entry "
                    + "WHERE processor_name = ? AND segment = ? FOR UPDATE")) {
                lock.setString(1, PROCESSOR);
                lock.setInt(2, lockedSegment);
                try (ResultSet row = lock.executeQuery()) {
                    assertThat(row.next()).isTrue();
                }
            }
            frozenPool.getHikariPoolMXBean().suspendPool();
            Duration takeover = awaitAllOwnedBy(node(1));
            System.out.printf("Takeover after a frozen instance holding a segment's lock: %d ms%n", takeover.toMillis());
            assertThat(takeover).isLessThan(TAKEOVER_LIMIT);
            // the server ended the frozen session (idle in transaction), which released the lock
            assertThat(midBatch.isValid(1)).isFalse();
        } finally {
            midBatch.abort(Runnable::run);
        }
    }

    private ConfigurableApplicationContext start(String name) throws Exception {
        Path data = Files.createTempDirectory(name);
        return new SpringApplicationBuilder(QuerySideApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.jmx.enabled=false",
                "--server.shutdown=immediate", "--kerjasama.db-pool-size=6", "--kerjasama.processing.node-id=" + name,
                "--spring.datasource.hikari.allow-pool-suspension=true",
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
                "--kerjasama.data-dir=" + data,
                "--kerjasama.security.dev-token-key-file=" + Path.of("data", "dev-token-key.pem").toAbsolutePath());
    }

    private String node(int instance) {
        return instances.get(instance).getEnvironment().getProperty("kerjasama.processing.node-id");
    }

    /** As after kill -9: no session of the instance survives, and it opens no new one. */
    private void die(ConfigurableApplicationContext instance) {
        HikariDataSource pool = (HikariDataSource) instance.getBean(DataSource.class);
        pool.getHikariPoolMXBean().suspendPool();
        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
                node(instances.indexOf(instance)));
    }

    private Map<String, Integer> owners() {
        Map<String, Integer> owners = new TreeMap<>();
        jdbc.query("SELECT owner, COUNT(*) FROM query.token_entry WHERE processor_name = ? AND owner IS NOT NULL "
                + "GROUP BY owner", (ResultSet rs) -> {
            owners.put(rs.getString(1), rs.getInt(2));
        }, PROCESSOR);
        return owners;
    }

    private Map<String, Integer> awaitSplit() throws InterruptedException {
        Map<String, Integer> owners = Map.of();
        for (long end = System.nanoTime() + 60_000_000_000L; System.nanoTime() < end; Thread.sleep(200)) {
            owners = owners();
            if (owners.size() == 2 && owners.values().stream().allMatch(n -> n == 2)) {
                return owners;
            }
        }
        throw new AssertionError("the segments were not split within a minute: " + owners);
    }

    private Duration awaitAllOwnedBy(String survivor) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Integer> owners = Map.of();
        for (long end = start + 60_000_000_000L; System.nanoTime() < end; Thread.sleep(100)) {
            owners = owners();
            if (owners.equals(Map.of(survivor, 4))) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
        }
        throw new AssertionError("the survivor did not take over within a minute: " + owners);
    }

    private void awaitProjected(String id, long version) throws InterruptedException {
        for (long end = System.nanoTime() + 20_000_000_000L; System.nanoTime() < end; Thread.sleep(100)) {
            List<Long> versions = jdbc.queryForList("SELECT version FROM query.cooperation WHERE id = ?", Long.class, id);
            if (!versions.isEmpty() && versions.get(0) >= version) {
                return;
            }
        }
        throw new AssertionError("cooperation " + id + " did not reach version " + version);
    }
}
