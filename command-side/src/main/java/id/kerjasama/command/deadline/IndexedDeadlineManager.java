package id.kerjasama.command.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * Axon's deadline manager on db-scheduler, which cancels an aggregate's deadlines by name through the
 * {@code deadline_scope} table (Flyway V6) instead of reading and deserializing every pending deadline of every
 * aggregate, as Axon's own implementation must: db-scheduler's table keeps the scope and the name only inside the
 * serialized task data. Each deadline scheduled for an aggregate is recorded there, in the same transaction and after
 * its task row; the database drops the record with the task, whether it ran or was cancelled.
 * <p>
 * Deadlines of other scopes than an aggregate (the application has none) are left to Axon's implementation.
 */
class IndexedDeadlineManager extends DbSchedulerDeadlineManager {

    /** The name of Axon's deadline task in db-scheduler's table, which Axon keeps to its package. */
    private static final String TASK_NAME = new DbSchedulerDeadlineToken("").getTaskName();

    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;

    /** The builder is given the same scheduler, which Axon's implementation keeps to itself. */
    IndexedDeadlineManager(Builder builder, Scheduler scheduler, JdbcTemplate jdbc) {
        super(builder.scheduler(scheduler));
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        String scheduleId = super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        if (deadlineScope instanceof AggregateScopeDescriptor aggregate) {
            // registered after the task's own insert, so it runs after it when the unit of work prepares its commit
            runOnPrepareCommitOrNow(() -> jdbc.update("""
                            INSERT INTO deadline_scope (task_name, task_instance, scope_type, scope_id, deadline_name)
                            VALUES (?, ?, ?, ?, ?)""",
                    TASK_NAME, scheduleId, aggregate.getType(), aggregate.getIdentifier().toString(), deadlineName));
        }
        return scheduleId;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        if (!(scope instanceof AggregateScopeDescriptor aggregate)) {
            super.cancelAllWithinScope(deadlineName, scope);
            return;
        }
        // read when the commit is prepared, as the deadlines this unit of work schedules are only stored then
        runOnPrepareCommitOrNow(() -> jdbc.queryForList("""
                                SELECT d.task_instance FROM deadline_scope d
                                JOIN scheduled_tasks t ON t.task_name = d.task_name AND t.task_instance = d.task_instance
                                WHERE d.scope_id = ? AND d.scope_type = ? AND d.deadline_name = ? AND d.task_name = ?
                                AND NOT t.picked""",
                        String.class, aggregate.getIdentifier().toString(), aggregate.getType(), deadlineName, TASK_NAME)
                .forEach(this::cancelUnlessRunning));
    }

    /**
     * A deadline that is running (the one that cancels, or one picked meanwhile by another instance) is left to run:
     * like one that already ran, it finds on firing whether what it watches is still awaited.
     */
    private void cancelUnlessRunning(String scheduleId) {
        try {
            scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException ranOrRunning) {
            // nothing to cancel any more
        }
    }
}
