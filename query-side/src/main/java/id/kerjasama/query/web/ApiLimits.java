package id.kerjasama.query.web;

import id.kerjasama.validation.Require;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The dates the query API takes at all, as on the command side: between {@code earliest-date} and today plus
 * {@code years-ahead}, so that no filter reaches a database or a date calculation with year -999999999.
 */
@ConfigurationProperties("kerjasama.api")
public record ApiLimits(LocalDate earliestDate, Integer yearsAhead) {

    public ApiLimits {
        earliestDate = earliestDate == null ? LocalDate.of(1900, 1, 1) : earliestDate;
        yearsAhead = yearsAhead == null ? 100 : yearsAhead;
    }

    LocalDate checkDate(LocalDate date, Clock clock, String field) {
        return Require.dateWithin(date, earliestDate, LocalDate.now(clock).plusYears(yearsAhead), field);
    }
}
