package id.kerjasama.command.audit;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway 3.1, after V3 created the chain table: chains the events a database already held, in sequence order, as
 * if each had just been appended. Their content before this moment is taken on trust; from here on any change
 * is found. (Spring Boot hands every JavaMigration bean to Flyway.)
 */
@Component
class ChainEventsStoredBeforeTheChain implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3.1");
    }

    @Override
    public String getDescription() {
        return "chain events stored before the chain";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        EventChainWriter.extendAll(context.getConnection());
    }
}
