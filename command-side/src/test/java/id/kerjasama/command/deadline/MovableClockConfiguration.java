package id.kerjasama.command.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

/**
 * Puts {@link #CLOCK} in place of the application's clock. Imported by name (not a {@code @Configuration}, so that
 * no component scan picks it up, not even in the query side's end-to-end tests that run the command side from this
 * module's test jar). One instance for the whole test run, so that it survives a restart of the application.
 */
public class MovableClockConfiguration {

    public static final MovableClock CLOCK = new MovableClock();

    @Bean
    @Primary
    Clock movableClock() {
        return CLOCK;
    }
}
