package id.kerjasama.command.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's one clock, moved by the test: "today" for the rules and "now" for db-scheduler, so that months
 * pass in a moment and deadlines fall due exactly when the test says. It only moves forward, as time does.
 * <p>
 * Between moves it runs with real time. A frozen clock would stall db-scheduler: its poll loop sleeps until its own
 * clock is 100 ms past the start of the sleep, so if the test moved the clock while a poll was reading the table
 * (with the old time), the scheduler would sleep until the next move and the deadlines due now would never run.
 */
public final class MovableClock extends Clock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** The time the test set, and when it set it (in {@link System#nanoTime()}). */
    private volatile Setting setting = new Setting(Instant.EPOCH, System.nanoTime());

    private record Setting(Instant instant, long atNanos) {
    }

    /** Moves to the moment {@code day} begins in WIB, when deadlines about the day before fall due. */
    public void moveTo(LocalDate day) {
        Instant next = day.atStartOfDay(WIB).toInstant();
        Instant now = instant();
        if (next.isBefore(now)) {
            throw new IllegalArgumentException("time only moves forward: " + now + " is after " + next);
        }
        setting = new Setting(next, System.nanoTime());
    }

    /** Starts a new story at {@code day}, earlier or later than where the last test left the clock. */
    public void restartAt(LocalDate day) {
        setting = new Setting(day.atStartOfDay(WIB).toInstant(), System.nanoTime());
    }

    @Override
    public Instant instant() {
        Setting current = setting;
        return current.instant().plusNanos(System.nanoTime() - current.atNanos());
    }

    @Override
    public ZoneId getZone() {
        return WIB;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
