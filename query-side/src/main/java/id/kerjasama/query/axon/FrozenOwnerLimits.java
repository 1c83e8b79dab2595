package id.kerjasama.query.axon;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Bounds, on PostgreSQL, how long a statement of this side waits for a lock and how long a transaction may sit idle.
 * An instance frozen in the middle of a batch (a long GC pause, SIGSTOP) keeps its transaction open and with it the
 * row lock on its segment in {@code query.token_entry}; without these bounds another instance's claim of that segment
 * waits on the lock for as long as the freeze lasts. With them, the frozen instance's session is ended by the server
 * ({@code idle_in_transaction_session_timeout}), its lock goes with it, and the claim, retried each token claim
 * interval after a bounded wait ({@code lock_timeout}), takes over as from a dead instance.
 */
@Component
class FrozenOwnerLimits implements BeanPostProcessor {

    private final Duration lockTimeout;
    private final Duration idleInTransactionTimeout;

    FrozenOwnerLimits(Environment environment) {
        this.lockTimeout = environment.getProperty("kerjasama.database.lock-timeout", Duration.class, Duration.ofSeconds(3));
        this.idleInTransactionTimeout = environment.getProperty("kerjasama.database.idle-in-transaction-timeout",
                Duration.class, Duration.ofSeconds(10));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            // server settings of every connection the pool opens (libpq's "options"), so no statement can forget them
            pool.addDataSourceProperty("options", "-c lock_timeout=" + lockTimeout.toMillis()
                    + " -c idle_in_transaction_session_timeout=" + idleInTransactionTimeout.toMillis());
        }
        return bean;
    }
}
