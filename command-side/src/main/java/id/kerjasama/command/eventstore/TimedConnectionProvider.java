package id.kerjasama.command.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Axon's JDBC connections (as its auto-configuration makes them), whose statements keep within the Spring
 * transaction's timeout ({@code spring.transaction.default-timeout}) as JdbcTemplate's do. Axon prepares its own
 * statements, so without this an event insert that waits for a lock would wait for ever and commit whenever the
 * lock goes: after the read side's event stream gave up on its gap in the global index.
 */
final class TimedConnectionProvider {

    private TimedConnectionProvider() {
    }

    static ConnectionProvider of(DataSource dataSource) {
        ConnectionProvider spring = new SpringDataSourceConnectionProvider(dataSource);
        return new UnitOfWorkAwareConnectionProviderWrapper(() -> timed(spring.getConnection(), dataSource));
    }

    private static Connection timed(Connection connection, DataSource dataSource) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                    if (result instanceof Statement statement) {
                        DataSourceUtils.applyTransactionTimeout(statement, dataSource);
                    }
                    return result;
                });
    }
}
