package id.kerjasama.command.web;

import id.kerjasama.validation.Require;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the command API accepts at all, before any rule of the domain: dates between {@code earliest-date} and
 * today plus {@code years-ahead} (so that no date arithmetic, column or report ever meets year -999999999), and
 * bodies of at most {@code max-body-size}.
 */
@ConfigurationProperties("kerjasama.api")
public record ApiLimits(LocalDate earliestDate, Integer yearsAhead, DataSize maxBodySize) {

    public ApiLimits {
        earliestDate = earliestDate == null ? LocalDate.of(1900, 1, 1) : earliestDate;
        yearsAhead = yearsAhead == null ? 100 : yearsAhead;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
    }

    LocalDate checkDate(LocalDate date, Clock clock, String field) {
        return Require.dateWithin(date, earliestDate, LocalDate.now(clock).plusYears(yearsAhead), field);
    }
}
