package id.kerjasama.command.audit;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Flyway 3.1, after V3 created the chain table. It used to chain the events a database already held, silently;
 * now it only says how many there are, because chaining them would vouch for rows nobody checked. They stay
 * unchained (verification reports them, and commands on their cooperations are refused) until an operator adopts
 * them with a recorded, signed adoption (docs/AUDIT-CHAIN.md). Its version and description stay as applied
 * databases recorded them, which Flyway validates. (Spring Boot hands every JavaMigration bean to Flyway.)
 */
@Component
class ChainEventsStoredBeforeTheChain implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ChainEventsStoredBeforeTheChain.class);

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
        try (PreparedStatement count = context.getConnection().prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry");
             ResultSet row = count.executeQuery()) {
            row.next();
            if (row.getLong(1) > 0) {
                log.warn("{} events of {} cooperations were stored before the audit chain existed: they are not chained, "
                        + "verification reports them and their cooperations refuse commands until an operator adopts them "
                        + "(POST /api/audit/adoptions on the query side)", row.getLong(1), row.getLong(2));
            }
        }
    }
}
