package id.kerjasama.command.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's one clock, moved by the test: "today" for the rules and "now" for db-scheduler, so that months
 * pass in a moment and deadlines fall due exactly when the test says. It only moves forward, as time does.
 */
public final class MovableClock extends Clock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private volatile Instant now = Instant.EPOCH;

    /** Moves to the moment {@code day} begins in WIB, when deadlines about the day before fall due. */
    public void moveTo(LocalDate day) {
        Instant next = day.atStartOfDay(WIB).toInstant();
        if (next.isBefore(now)) {
            throw new IllegalArgumentException("time only moves forward: " + now + " is after " + next);
        }
        now = next;
    }

    /** Starts a new story at {@code day}, earlier or later than where the last test left the clock. */
    public void restartAt(LocalDate day) {
        now = day.atStartOfDay(WIB).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return WIB;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
