package id.kerjasama.bench.harness;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The benchmark's log: one line per event, UTC time first, flushed at once. */
public final class Log {

    private Log() {
    }

    public static void log(String format, Object... args) {
        System.out.printf("%s %s%n", DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(Instant.now()),
                String.format(format, args));
        System.out.flush();
    }
}
