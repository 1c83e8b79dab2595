package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

import java.time.LocalDate;

/**
 * The period a document is in force, both days included. A term longer than the configured maximum is allowed
 * only when the legal exception that permits it is recorded.
 */
public record Term(LocalDate start, LocalDate end, String legalException) {

    public Term {
        Require.present(start, "start");
        Require.present(end, "end");
        Require.notBefore(end, start, "end", "start");
        legalException = Require.optionalText(legalException, "legalException");
    }

    /** Counted as the regulation counts: five years from 29 February 2024 run to 28 February 2029. */
    public boolean longerThanYears(int years) {
        return end.isAfter(start.minusDays(1).plusYears(years));
    }

    public boolean contains(Term other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
