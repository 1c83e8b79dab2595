package id.kerjasama.command.eventstore;

import id.kerjasama.command.CommandSideApplication;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-side instances on one PostgreSQL database, with commands on one cooperation racing between them: the
 * unique (aggregate, sequence) key lets only one append win each race. A command sent without If-Match that lost is
 * decided again by the server, so every one is accepted and stored once; one sent with If-Match hears of the conflict.
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresTwoInstancesTest {

    private static String url;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void twoInstances() {
        url = PostgresTestDatabase.create("command_two");
        first = start();
        second = start();
        jdbc = first.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static ConfigurableApplicationContext start() {
        // the seed's deadlines are due at once by the real clock: none may run while the test counts events
        return new SpringApplicationBuilder(CommandSideApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.jmx.enabled=false",
                "--server.shutdown=immediate", "--kerjasama.db-pool-size=10", "--db-scheduler.polling-interval=1d");
    }

    private static CommandApi api(ConfigurableApplicationContext instance) {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        return new CommandApi(mvc);
    }

    @Test
    void commands_without_if_match_that_lose_the_race_to_the_other_instance_are_retried_and_all_stored_once() throws Exception {
        LamandauLifecycle lamandau = new LamandauLifecycle(api(first)).active();
        long before = eventsOf(lamandau.id());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> activities = IntStream.range(0, 40).<Callable<Integer>>mapToObj(i -> () ->
                    api(i % 2 == 0 ? first : second).send(lamandau.id(), "record-activity",
                            "{\"date\":\"2025-10-01\",\"description\":\"Penyuluhan " + i + "\",\"unit\":\"RSUD\"}").status()).toList();
            for (Future<Integer> status : pool.invokeAll(activities)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(eventsOf(lamandau.id())).isEqualTo(before + 40);
        assertThat(jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, lamandau.id())).isEqualTo(before + 39);
        // the races did happen, and were won on the second try or later
        assertThat(retried(first) + retried(second)).isPositive();
    }

    @Test
    void of_two_commands_sent_with_the_same_if_match_to_both_instances_at_once_one_is_stored_and_the_other_is_a_409() throws Exception {
        LamandauLifecycle lamandau = new LamandauLifecycle(api(first)).active();
        long before = eventsOf(lamandau.id());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String expected = "\"" + (eventsOf(lamandau.id()) - 1) + "\"";
                List<Callable<CommandApi.Answer>> both = List.of(first, second).stream().<Callable<CommandApi.Answer>>map(instance -> () ->
                        api(instance).header("If-Match", expected).send(lamandau.id(), "record-activity",
                                "{\"date\":\"2025-10-01\",\"description\":\"Rapat\",\"unit\":\"RSUD\"}")).toList();
                List<Integer> statuses = pool.invokeAll(both).stream().map(answer -> {
                    try {
                        return answer.get().status();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).sorted().toList();
                assertThat(statuses).as("round %d from version %s", round, expected).containsExactly(200, 409);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(eventsOf(lamandau.id())).isEqualTo(before + 10);
    }

    @Test
    void an_instance_whose_cooperation_in_memory_is_behind_decides_on_the_store_for_alternating_and_if_match_commands() {
        LamandauLifecycle lamandau = new LamandauLifecycle(api(first)).active();
        String activity = "{\"date\":\"2025-10-01\",\"description\":\"Rapat\",\"unit\":\"RSUD\"}";
        long before = eventsOf(lamandau.id());
        // each instance keeps the cooperation as its own last command left it: every other command meets a stale copy
        for (int i = 0; i < 6; i++) {
            assertThat(api(i % 2 == 0 ? first : second).send(lamandau.id(), "record-activity", activity).status()).isEqualTo(200);
        }
        assertThat(eventsOf(lamandau.id())).isEqualTo(before + 6);
        // the version the second instance wrote last, sent to the first, whose copy is a version behind it
        String current = "\"" + (eventsOf(lamandau.id()) - 1) + "\"";
        CommandApi.Answer ahead = api(first).header("If-Match", current).send(lamandau.id(), "record-activity", activity);
        assertThat(ahead.status()).as(ahead.body().toString()).isEqualTo(200);
        CommandApi.Answer stale = api(second).header("If-Match", current).send(lamandau.id(), "record-activity", activity);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("STALE_VERSION");
        assertThat(eventsOf(lamandau.id())).isEqualTo(before + 7);
    }

    private static double retried(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).find("kerjasama.commands.retried").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private static long eventsOf(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
    }
}
