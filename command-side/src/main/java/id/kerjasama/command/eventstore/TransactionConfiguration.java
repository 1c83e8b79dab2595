package id.kerjasama.command.eventstore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The transaction manager of the command side: Spring Boot's own, which also reports commits of unknown outcome. */
@Configuration
class TransactionConfiguration {

    @Bean
    OutcomeReportingTransactionManager transactionManager(DataSource dataSource,
                                                          ObjectProvider<TransactionManagerCustomizers> customizers) {
        OutcomeReportingTransactionManager transactionManager = new OutcomeReportingTransactionManager(dataSource);
        customizers.ifAvailable(each -> each.customize(transactionManager));
        return transactionManager;
    }
}
