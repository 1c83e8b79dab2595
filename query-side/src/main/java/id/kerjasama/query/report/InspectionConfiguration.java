package id.kerjasama.query.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** "Today" for the reports (days open, terms expiring soon) is read in {@code kerjasama.time-zone}, as on the command side. */
@Configuration
class InspectionConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock reportClock(@Value("${kerjasama.time-zone:Asia/Jakarta}") ZoneId zone) {
        return Clock.system(zone);
    }
}
