package dev.crossroads.app.cli;

import dev.crossroads.app.service.EventImport;
import dev.crossroads.app.service.Json;
import dev.crossroads.bench.events.GdeltGenerator;
import dev.crossroads.relations.imports.GdeltEvents;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportFormat;
import dev.crossroads.relations.imports.ParsedLine;
import dev.crossroads.store.Store;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossroads bench gdelt --rows N}: GDELT import throughput in one JVM on a generated Events file
 * ({@link GdeltGenerator}): parsing alone, the import into an empty store, and the re-run that adds nothing.
 */
@Command(
        name = "gdelt",
        mixinStandardHelpOptions = true,
        description = "Time the GDELT import (parse, store, re-run) on a generated Events file.")
public final class BenchGdeltCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--seed", defaultValue = "20251207", description = "Seed of the file (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--file",
            paramLabel = "FILE",
            description = "Where to write the generated file (default: a temporary file, deleted after).")
    Path file;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "An EMPTY database to import into (default: a temporary SQLite file, deleted after).")
    String db;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One timed step. */
    public record Step(String step, long rows, double wallSeconds, double cpuSeconds, double rowsPerSecond) {}

    /** The run: the file's rows and the steps. */
    public record Result(long rows, long seed, long eventsStored, List<Step> steps) {}

    @Override
    public Integer call() {
        if (rows < 1) {
            throw new UserException("--rows must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("crossroads-gdelt-bench");
            Path events = file != null ? file : tmp.resolve("gdelt.export.CSV");
            String url = db != null ? db : "jdbc:sqlite:" + tmp.resolve("bench.db");
            List<Step> steps = new ArrayList<>();
            steps.add(time("generate", () -> {
                try (BufferedWriter w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
                    return new GdeltGenerator(seed).write(w, rows);
                }
            }));
            steps.add(time("parse", () -> {
                long n = 0;
                try (BufferedReader r = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        n++;
                        if (!(GdeltEvents.parse(line, (int) n) instanceof ParsedLine.Parsed)) {
                            throw new IllegalStateException("generated line " + n + " does not parse");
                        }
                    }
                }
                return n;
            }));
            long[] stored = new long[1];
            try (Store store = Store.open(url)) {
                if (store.events().countEvents() > 0) {
                    throw new UserException("--db must be an empty database: it holds events already");
                }
                EventImport imp = new EventImport(store, ImportFormat.GDELT, ImportFilter.ALL, false);
                steps.add(time("import", () -> {
                    EventImport.FileOutcome o =
                            imp.run(List.of(events), x -> {}).files().get(0);
                    stored[0] = o.added();
                    return o.rows();
                }));
                steps.add(time(
                        "re-run",
                        () -> imp.run(List.of(events), x -> {}).files().get(0).rows()));
            }
            Result result = new Result(rows, seed, stored[0], steps);
            if (format == Format.JSON) {
                out.println(Json.write(result));
            } else {
                TextTable t = new TextTable("step", "rows", "wall s", "CPU s", "rows/s").right(1, 2, 3, 4);
                for (Step s : steps) {
                    t.add(
                            s.step(),
                            String.format(Locale.ROOT, "%,d", s.rows()),
                            String.format(Locale.ROOT, "%.1f", s.wallSeconds()),
                            String.format(Locale.ROOT, "%.1f", s.cpuSeconds()),
                            String.format(Locale.ROOT, "%,.0f", s.rowsPerSecond()));
                }
                out.print(t.text());
                out.printf(
                        Locale.ROOT,
                        "%,d rows (seed %d): %,d events stored into %s%n",
                        rows,
                        seed,
                        stored[0],
                        db != null ? db : "a temporary SQLite file");
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private interface Work {
        long run() throws IOException;
    }

    private static Step time(String name, Work work) throws IOException {
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        long n = work.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        return new Step(name, n, wall, cpu, n / Math.max(wall, 1e-9));
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
