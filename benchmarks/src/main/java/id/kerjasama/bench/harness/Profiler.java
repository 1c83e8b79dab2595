package id.kerjasama.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static id.kerjasama.bench.harness.Log.log;

/**
 * With --profile: a thread dump of each side twice a second, by SIGQUIT (the JVM writes it to its own log
 * without an attach, so sampling costs the machine next to nothing; jcmd Thread.print gives the same dump),
 * and, per phase and side, the hottest frames of the runnable threads in profile/summary.txt.
 */
public final class Profiler {
    record Range(String phase, String side, Path log, long from, long to) {
    }

    private final Path folder;
    private volatile Side[] sides = new Side[0];
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Range> ranges = new ArrayList<>();
    private String phase = "start";
    private final Map<String, Long> openedAt = new HashMap<>();

    public Profiler(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        Thread thread = new Thread(this::loop, "profiler");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void watch(Side... sides) {
        close();
        this.sides = sides;
        open();
    }

    public synchronized void phase(String name) {
        close();
        phase = name;
        open();
    }

    public synchronized void stop() {
        if (running.getAndSet(false)) {
            close();
        }
    }

    private void open() {
        for (Side side : sides) {
            openedAt.put(side.logFile().toString(), size(side.logFile()));
        }
    }

    private void close() {
        for (Side side : sides) {
            Long from = openedAt.remove(side.logFile().toString());
            if (from != null) {
                ranges.add(new Range(phase, side.name, side.logFile(), from, size(side.logFile())));
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private void loop() {
        while (running.get()) {
            for (Side side : sides) {
                if (side.alive()) {
                    try {
                        new ProcessBuilder("kill", "-QUIT", Long.toString(side.pid())).start().waitFor(5, TimeUnit.SECONDS);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Counts, per phase and side, the top frame and the first project frame of every runnable thread. */
    public Path summarise() throws IOException {
        StringBuilder out = new StringBuilder("Thread dumps of both sides, twice a second. Per phase and side: each "
                + "busy thread's top frame  <=  its innermost frame of the product, Axon, Hikari or Jackson, by how "
                + "often seen. Top frames Net.poll, SocketDispatcher.read0 and FileDispatcherImpl.write0 under JDBC are "
                + "round trips to PostgreSQL; StackTraceElement/fillInStackTrace under AxonTimeLimitedTask is Axon's "
                + "handler timeout capturing a stack trace per handler call; Thread.yield under com.zaxxer is a thread "
                + "waiting for a pooled connection.\n\n");
        // one section per phase and side, even where the query side was replaced within a phase
        Map<String, List<Range>> sections = new LinkedHashMap<>();
        for (Range range : ranges) {
            if (range.to() > range.from()) {
                sections.computeIfAbsent(range.phase() + " / " + range.side(), k -> new ArrayList<>()).add(range);
            }
        }
        for (var section : sections.entrySet()) {
            Map<String, Integer> counts = new HashMap<>();
            int runnable = 0;
            int dumpCount = 0;
            for (Range range : section.getValue()) {
                byte[] bytes;
                try (var file = java.nio.channels.FileChannel.open(range.log())) {
                    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, range.to() - range.from()));
                    file.read(buffer, range.from());
                    bytes = buffer.array();
                }
                String[] dumps = new String(bytes, StandardCharsets.UTF_8).split("Full thread dump");
                dumpCount += dumps.length - 1;
                for (int d = 1; d < dumps.length; d++) {
                    String dump = dumps[d];
                    int end = dump.indexOf("JNI global refs");
                    for (String block : (end > 0 ? dump.substring(0, end) : dump).split("\n\n")) {
                        if (!block.contains("java.lang.Thread.State: RUNNABLE")) {
                            continue;
                        }
                        List<String> frames = block.lines().map(String::strip).filter(l -> l.startsWith("at ")).toList();
                        if (frames.isEmpty() || idle(frames.get(0))) {
                            continue;
                        }
                        runnable++;
                        String inner = frames.stream().filter(f -> f.startsWith("at id.kerjasama") || f.startsWith("at org.axonframework")
                                || f.startsWith("at com.zaxxer") || f.startsWith("at com.fasterxml")).findFirst().orElse("-");
                        String entry = name(frames.get(0)) + "  <=  " + name(inner);
                        counts.merge(entry, 1, Integer::sum);
                    }
                }
            }
            out.append(String.format("== %s: %d dumps, %d busy-thread samples%n", section.getKey(), dumpCount, runnable));
            int total = Math.max(1, runnable);
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                    .forEach(e -> out.append(String.format("%5d %4.0f%%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey())));
            out.append('\n');
        }
        Files.writeString(folder.resolve("summary.txt"), out);
        log("profile summary: %s", folder.resolve("summary.txt"));
        return folder.resolve("summary.txt");
    }

    private static String name(String frame) {
        return frame.replaceFirst("^at ", "").replaceAll("\\(.*", "");
    }

    /** Threads that are RUNNABLE only in name: selectors, acceptors, the reference handler. */
    private static boolean idle(String frame) {
        return frame.contains("EPoll.wait") || frame.contains("epollWait") || frame.contains("accept")
                || frame.contains("waitForReferencePendingList");
    }
}
