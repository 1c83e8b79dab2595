package id.kerjasama.command.deadline;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.CommandSideApplication;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.command.ImportSignedAgreement;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Map;

import static id.kerjasama.actor.AuditMetadata.*;
import static id.kerjasama.command.cooperation.CooperationScenario.PANGKALPINANG_POLTEKKES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline set before a restart fires after it: the Pangkalpinang KB is imported in May 2025, the application
 * stops, and the one started on the same PostgreSQL database in late October flags it dormant.
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresDeadlineRestartTest {

    private static final ImportSignedAgreement PANGKALPINANG_KB =
            PANGKALPINANG_POLTEKKES.importOf(CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG_POLTEKKES.head);

    private final MovableClock clock = MovableClockConfiguration.CLOCK;

    @Test
    void a_deadline_set_before_a_restart_fires_after_it() {
        String url = PostgresTestDatabase.create("deadline_restart");
        String id = PANGKALPINANG_KB.cooperationId().value();
        clock.restartAt(LocalDate.of(2025, 5, 2));
        try (ConfigurableApplicationContext before = start(url)) {
            before.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(PANGKALPINANG_KB)
                    .andMetaData(Map.of(ACTOR_ID, "bagian-kerja-sama-pangkalpinang",
                            ACTOR_ROLE, ActorRole.SECRETARIAT.name(), ACTOR_REGION, "19.71")));
            JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
            // no PKS by 25 October, the reminder before the term ends, the end itself
            assertThat(new DeadlineRuns(jdbc, clock).pending()).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_name = 'scheduled_tasks' "
                    + "AND column_name = 'task_data'", String.class)).isEqualTo("bytea");
        }

        try (ConfigurableApplicationContext after = start(url)) {
            DeadlineRuns deadlines = new DeadlineRuns(after.getBean(JdbcTemplate.class), clock);
            assertThat(deadlines.events(id, CooperationFlaggedDormant.class)).isZero();
            deadlines.dayBegins(LocalDate.of(2025, 10, 26));
            assertThat(deadlines.events(id, CooperationFlaggedDormant.class)).isEqualTo(1);
            assertThat(deadlines.pending()).isEqualTo(2);
        }
    }

    /** The whole command side, as the jar starts it, on the given database. */
    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(CommandSideApplication.class, MovableClockConfiguration.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.jmx.enabled=false", "--db-scheduler.polling-interval=100ms", "--kerjasama.db-pool-size=5");
    }
}
