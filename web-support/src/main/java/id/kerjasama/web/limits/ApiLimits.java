package id.kerjasama.web.limits;

import id.kerjasama.validation.Require;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The dates both APIs take at all, before any rule of the domain: between {@code earliest-date} and today plus
 * {@code years-ahead}, so that no date arithmetic, filter, column or report ever meets year -999999999.
 */
@ConfigurationProperties("kerjasama.api")
public record ApiLimits(LocalDate earliestDate, Integer yearsAhead) {

    public ApiLimits {
        earliestDate = earliestDate == null ? LocalDate.of(1900, 1, 1) : earliestDate;
        yearsAhead = yearsAhead == null ? 100 : yearsAhead;
    }

    public LocalDate checkDate(LocalDate date, Clock clock, String field) {
        return Require.dateWithin(date, earliestDate, LocalDate.now(clock).plusYears(yearsAhead), field);
    }
}
