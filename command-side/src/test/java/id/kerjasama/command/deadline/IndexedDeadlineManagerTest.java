package id.kerjasama.command.deadline;

import id.kerjasama.command.cooperation.Deadlines;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling an aggregate's deadlines by name takes exactly those, read by key from {@code deadline_scope}: not the
 * same name in another aggregate, not another name in the same one; and a deadline scheduled and cancelled in one
 * unit of work is never left behind.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:indexed-deadlines;DB_CLOSE_DELAY=-1")
@DirtiesContext
class IndexedDeadlineManagerTest {

    private static final Instant NEXT_YEAR = Instant.parse("2099-01-01T00:00:00Z");

    @Autowired
    DeadlineManager deadlines;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cancelling_by_name_takes_that_name_of_that_aggregate_only() {
        ScopeDescriptor first = cooperation();
        ScopeDescriptor second = cooperation();
        String firstInactivity = schedule(Deadlines.INACTIVITY, first);
        String firstTermEnd = schedule(Deadlines.TERM_END, first);
        String secondInactivity = schedule(Deadlines.INACTIVITY, second);

        inUnitOfWork(() -> deadlines.cancelAllWithinScope(Deadlines.INACTIVITY, first));

        assertThat(pending(firstInactivity, firstTermEnd, secondInactivity)).containsExactlyInAnyOrder(firstTermEnd, secondInactivity);
        assertThat(recordedOf(first, second)).containsExactlyInAnyOrder(firstTermEnd, secondInactivity);
    }

    @Test
    void a_deadline_scheduled_and_cancelled_in_one_unit_of_work_is_not_left_behind() {
        ScopeDescriptor cooperation = cooperation();
        List<String> scheduled = new ArrayList<>();
        inUnitOfWork(() -> {
            scheduled.add(schedule(Deadlines.DPRD_RESPONSE, cooperation));
            deadlines.cancelAllWithinScope(Deadlines.DPRD_RESPONSE, cooperation);
        });

        assertThat(scheduled).hasSize(1);
        assertThat(pending(scheduled.get(0))).isEmpty();
        assertThat(recordedOf(cooperation)).isEmpty();
    }

    @Test
    void a_rolled_back_unit_of_work_schedules_and_records_nothing() {
        ScopeDescriptor cooperation = cooperation();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("test"));
        unitOfWork.attachTransaction(transactions);
        String scheduled = schedule(Deadlines.DPRD_RESPONSE, cooperation);
        unitOfWork.rollback();

        assertThat(pending(scheduled)).isEmpty();
        assertThat(recordedOf(cooperation)).isEmpty();
    }

    private String schedule(String name, ScopeDescriptor scope) {
        return deadlines.schedule(NEXT_YEAR, name, new Deadlines.LastDay(LocalDate.of(2098, 12, 31)), scope);
    }

    private void inUnitOfWork(Runnable work) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("test"));
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(work);
    }

    private static ScopeDescriptor cooperation() {
        return new AggregateScopeDescriptor("Cooperation", UUID.randomUUID().toString());
    }

    /** Those of the deadlines that are still db-scheduler's tasks. */
    private List<String> pending(String... scheduleIds) {
        return Arrays.stream(scheduleIds).filter(id -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, id) == 1).toList();
    }

    /** The deadlines recorded for these aggregates. */
    private List<String> recordedOf(ScopeDescriptor... scopes) {
        return Arrays.stream(scopes).flatMap(scope -> jdbc.queryForList(
                "SELECT task_instance FROM deadline_scope WHERE scope_id = ?", String.class,
                ((AggregateScopeDescriptor) scope).getIdentifier().toString()).stream()).toList();
    }
}
