package id.kerjasama.command.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Deadlines that survive restarts: Axon's {@link DbSchedulerDeadlineManager} keeps each one as a row of db-scheduler's
 * {@code scheduled_tasks} table (Flyway V2) in the event store's database, written in the transaction of the command
 * that set it, and db-scheduler's starter runs it when due, on whichever instance polls first. A cooperation cancels
 * its deadlines by name through the rows {@link IndexedDeadlineManager} keeps of them (Flyway V6).
 */
@Configuration
class DeadlineConfiguration {

    /** db-scheduler reads "now" from the one clock of the application, the same that says what day it is. */
    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }

    /**
     * Built as Axon's db-scheduler auto-configuration builds it, plus the correlation data interceptor, which Axon
     * puts on the command bus only: without it the events a deadline applies would not carry the deadline's metadata
     * (the system actor and the region) nor its correlation and trace ids.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                               @Qualifier("eventSerializer") Serializer serializer,
                                               TransactionManager transactionManager,
                                               DeadlineManagerSpanFactory spanFactory,
                                               List<CorrelationDataProvider> correlationDataProviders,
                                               MeterRegistry meters, JdbcTemplate jdbc) {
        DbSchedulerDeadlineManager deadlines = new IndexedDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                // db-scheduler's starter starts and stops the scheduler (db-scheduler.delay-startup-until-context-ready)
                .startScheduler(false)
                .stopScheduler(false), scheduler, jdbc);
        deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(correlationDataProviders));
        // a firing counts once its outcome is committed: a firing retried after a failure is one firing
        deadlines.registerHandlerInterceptor((unitOfWork, chain) -> {
            String name = unitOfWork.getMessage().getDeadlineName();
            unitOfWork.afterCommit(done -> meters.counter("kerjasama.deadlines.fired", "deadline", name).increment());
            return chain.proceed();
        });
        return deadlines;
    }
}
