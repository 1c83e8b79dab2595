package id.kerjasama.query.endtoend;

import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.query.QuerySideApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop with a live stream open (server-sent events) ends the stream and does not wait for it: the graceful
 * shutdown would otherwise hold the stop for its whole timeout (30 s).
 */
class H2StreamShutdownTest {

    private static final String URL = "jdbc:h2:mem:stream-shutdown;DB_CLOSE_DELAY=-1";

    @AfterAll
    static void stopCommandSide() {
        CommandSide.stop(URL);
    }

    @Test
    void a_graceful_stop_ends_open_streams_and_takes_moments() throws Exception {
        CommandSide.startOn(URL, "sa");
        String id = new LamandauLifecycle(CommandSide.api(URL)).initiated().id();
        ConfigurableApplicationContext querySide = new SpringApplicationBuilder(QuerySideApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + URL, "--spring.jmx.enabled=false",
                "--server.shutdown=graceful", "--kerjasama.db-pool-size=5",
                "--kerjasama.data-dir=" + Files.createTempDirectory("stream-shutdown"),
                "--kerjasama.security.dev-token-key-file=" + Path.of("data", "dev-token-key.pem").toAbsolutePath());
        int port = Integer.parseInt(querySide.getEnvironment().getRequiredProperty("local.server.port"));
        DemoUser reader = DemoUser.LAMANDAU_SEKRETARIAT;
        QueryApi query = new QueryApi(port).as(CommandSide.token(URL, reader.userName(), reader.role(), reader.region()));
        for (long end = System.nanoTime() + 10_000_000_000L; query.get("/api/cooperations/" + id).status() != 200
                && System.nanoTime() < end; ) {
            Thread.sleep(100);
        }

        Stream<String> stream = query.stream("/api/cooperations/" + id + "/events");
        Iterator<String> lines = stream.iterator();
        assertThat(lines.next()).startsWith("event:version");
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> lines.forEachRemaining(line -> { }));

        long start = System.nanoTime();
        querySide.close();
        Duration stop = Duration.ofNanos(System.nanoTime() - start);
        assertThat(stop).isLessThan(Duration.ofSeconds(10));
        ended.get(5, TimeUnit.SECONDS);
        stream.close();
    }
}
