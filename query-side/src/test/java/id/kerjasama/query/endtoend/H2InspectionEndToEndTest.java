package id.kerjasama.query.endtoend;

import id.kerjasama.command.deadline.MovableClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;

/** The inspectors' reports end to end on the embedded database. */
class H2InspectionEndToEndTest extends InspectionEndToEndTest {

    private static final String URL = "jdbc:h2:mem:inspection-end-to-end;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // the seed's import day, before the command side starts: from here its clock only moves forward
        MovableClockConfiguration.CLOCK.restartAt(LocalDate.of(2025, 4, 28));
        CommandSide.startWithMovableClockOn(URL, "sa");
        registry.add("spring.datasource.url", () -> URL);
    }

    @AfterAll
    static void stopCommandSide() {
        CommandSide.stop(URL);
    }

    @Override
    String databaseUrl() {
        return URL;
    }
}
