package dev.crossroads.spark;

import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.relations.imports.GdeltEvents;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportedEvent;
import dev.crossroads.relations.imports.ParsedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossroads spark bench extract|gdelt}: one JVM against Spark on the same generated input. Prints wall
 * time, process CPU time and throughput of each, their ratio, and Spark's overhead (its CPU time per unit of
 * work over the single JVM's). Both paths use a warm extractor (its models loaded before the clock starts) and
 * warm code (one untimed pass over the whole input each); Spark's session start is reported apart.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Throughput of one JVM against Spark on a generated corpus or event file.",
        subcommands = {SparkBench.Extract.class, SparkBench.Gdelt.class, SparkBench.Import.class})
final class SparkBench implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Wall and CPU seconds of a piece of work. */
    record Timing(double wallSeconds, double cpuSeconds) {
        static Timing of(Runnable work) {
            long w = System.nanoTime();
            long c = cpuNanos();
            work.run();
            return new Timing((System.nanoTime() - w) / 1e9, (cpuNanos() - c) / 1e9);
        }
    }

    /** The options every bench takes: where Spark runs, the generator's seed, the folder for input and output. */
    static final class Run {
        @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: local[2]).")
        String master;

        @Option(names = "--seed", defaultValue = "15", description = "Generator seed.")
        long seed;

        @Option(names = "--work", paramLabel = "DIR", description = "Folder for the input and output.")
        Path dir;

        /** The work folder: --work (created), else a new temporary folder. */
        Path work() throws IOException {
            return dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("crossroads-bench-");
        }
    }

    @Command(
            name = "extract",
            mixinStandardHelpOptions = true,
            description = "Extraction: sentences per second in one JVM (one thread) and on Spark.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--articles", defaultValue = "2000", description = "Articles (default: ${DEFAULT-VALUE}).")
        int articles;

        @Option(names = "--sentences", defaultValue = "10", description = "Sentences per article.")
        int sentences;

        @CommandLine.Mixin
        Run run;

        @Option(names = "--pack", paramLabel = "DIR", description = "Region pack (default: the default pack).")
        Path pack;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path work = run.work();
            Path corpus = work.resolve("corpus.jsonl");
            long total = Generators.corpus(corpus, articles, sentences, run.seed);
            PackFiles files = PackFiles.readOrDefault(Optional.ofNullable(pack));
            long loadStart = System.nanoTime();
            Extractor extractor = files.extractor();
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            java.util.List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
            // warm-up: one whole pass, as Spark gets one below
            long[] events = new long[1];
            extractLines(extractor, lines, events);
            events[0] = 0;
            Timing one = Timing.of(() -> extractLines(extractor, lines, events));
            long startSession = System.nanoTime();
            SparkSession spark = SparkSessions.open(Optional.of(run.master), "crossroads bench extract");
            double sessionSeconds = (System.nanoTime() - startSession) / 1e9;
            ExtractJob.Options o = new ExtractJob.Options(
                    java.util.List.of(corpus.toString()),
                    work.resolve("extract-warm").toString(),
                    files,
                    Optional.empty(),
                    Optional.empty(),
                    true);
            ExtractJob.run(spark, o); // warm-up of Spark's own code paths
            ExtractJob.Result[] r = new ExtractJob.Result[1];
            Timing sp = Timing.of(() -> r[0] = ExtractJob.run(
                    spark,
                    new ExtractJob.Options(
                            o.inputs(),
                            work.resolve("extract").toString(),
                            files,
                            o.published(),
                            o.partitions(),
                            true)));
            int cores = spark.sparkContext().defaultParallelism();
            spark.stop();
            out.printf(
                    Locale.ROOT,
                    "corpus: %,d articles, %,d sentences (%s); models loaded in %.1f s%n",
                    articles,
                    total,
                    corpus,
                    loadSeconds);
            out.printf(
                    Locale.ROOT,
                    "one JVM, one thread: %.2f s wall, %.2f s CPU: %,.0f sentences/s wall, %,.0f sentences per CPU second; %,d events%n",
                    one.wallSeconds(),
                    one.cpuSeconds(),
                    total / one.wallSeconds(),
                    total / one.cpuSeconds(),
                    events[0]);
            out.printf(
                    Locale.ROOT,
                    "Spark %s (%d cores): %.2f s wall, %.2f s CPU: %,.0f sentences/s wall, %,.0f sentences per CPU second; %,d events (session start %.1f s, not counted)%n",
                    run.master,
                    cores,
                    sp.wallSeconds(),
                    sp.cpuSeconds(),
                    total / sp.wallSeconds(),
                    total / sp.cpuSeconds(),
                    r[0].events(),
                    sessionSeconds);
            out.printf(
                    Locale.ROOT,
                    "ratio: Spark is %.2fx the single JVM's wall-clock throughput; overhead: %.0f%% more CPU per sentence%n",
                    one.wallSeconds() / sp.wallSeconds(),
                    100 * (sp.cpuSeconds() / one.cpuSeconds() - 1));
            return 0;
        }

        private static void extractLines(Extractor extractor, java.util.List<String> lines, long[] events) {
            Instant now = Instant.now();
            for (int i = 0; i < lines.size(); i++) {
                ArticleInput.Parsed p = ArticleInput.json("line " + (i + 1), lines.get(i), Optional.empty());
                events[0] += ArticleEvents.of(extractor, p.article().orElseThrow(), now)
                        .events()
                        .size();
            }
        }
    }

    @Command(
            name = "gdelt",
            mixinStandardHelpOptions = true,
            description = "GDELT import: rows per second in one JVM (one thread) and on Spark.")
    static final class Gdelt implements Callable<Integer> {
        @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default: ${DEFAULT-VALUE}).")
        long rows;

        @CommandLine.Mixin
        Run run;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path work = run.work();
            Path file = work.resolve("gdelt.export.CSV");
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                Generators.gdelt(file, rows, run.seed);
            }
            long[] kept = new long[1];
            ImportFilter filter = ImportFilter.ALL;
            readAll(file, filter, kept); // warm-up
            kept[0] = 0;
            Timing one = Timing.of(() -> readAll(file, filter, kept));
            long startSession = System.nanoTime();
            SparkSession spark = SparkSessions.open(Optional.of(run.master), "crossroads bench gdelt");
            double sessionSeconds = (System.nanoTime() - startSession) / 1e9;
            ImportJob.Options o = new ImportJob.Options(
                    java.util.List.of(file.toString()),
                    work.resolve("import-warm").toString(),
                    filter,
                    true);
            ImportJob.run(spark, o);
            ImportJob.Result[] r = new ImportJob.Result[1];
            Timing sp = Timing.of(() -> r[0] = ImportJob.run(
                    spark,
                    new ImportJob.Options(o.inputs(), work.resolve("import").toString(), filter, true)));
            int cores = spark.sparkContext().defaultParallelism();
            spark.stop();
            out.printf(Locale.ROOT, "file: %,d rows, %,d bytes (%s)%n", rows, Files.size(file), file);
            out.printf(
                    Locale.ROOT,
                    "one JVM, one thread (parse, filter, map; no output): %.2f s wall, %.2f s CPU: %,.0f rows/s; %,d kept%n",
                    one.wallSeconds(),
                    one.cpuSeconds(),
                    rows / one.wallSeconds(),
                    kept[0]);
            out.printf(
                    Locale.ROOT,
                    "Spark %s (%d cores; parse, filter, map, Parquet out): %.2f s wall, %.2f s CPU: %,.0f rows/s; %,d kept (session start %.1f s, not counted)%n",
                    run.master,
                    cores,
                    sp.wallSeconds(),
                    sp.cpuSeconds(),
                    rows / sp.wallSeconds(),
                    r[0].kept(),
                    sessionSeconds);
            out.printf(
                    Locale.ROOT,
                    "ratio: Spark is %.2fx the single JVM's rows/s; overhead: %.0f%% more CPU per row%n",
                    one.wallSeconds() / sp.wallSeconds(),
                    100 * (sp.cpuSeconds() / one.cpuSeconds() - 1));
            return 0;
        }

        private static void readAll(Path file, ImportFilter filter, long[] kept) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (GdeltEvents.parse(line, no) instanceof ParsedLine.Parsed p) {
                        for (ImportedEvent e : p.events()) {
                            if (filter.accepts(e)) {
                                dev.crossroads.store.EventMapping.imported(e);
                                kept[0]++;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Import of a POLECAT, ICEWS, ACLED or GDELT Mentions file: rows per second in one JVM (one"
                    + " thread) and on Spark.")
    static final class Import implements Callable<Integer> {
        @Option(
                names = "--format",
                required = true,
                paramLabel = "FORMAT",
                description = "polecat, icews, acled or gdelt-mentions.")
        String format;

        @Option(names = "--rows", defaultValue = "200000", description = "Rows (default: ${DEFAULT-VALUE}).")
        long rows;

        @CommandLine.Mixin
        Run run;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            boolean mentions = format.equals("gdelt-mentions");
            dev.crossroads.relations.imports.ImportFormat f = mentions
                    ? dev.crossroads.relations.imports.ImportFormat.GDELT
                    : dev.crossroads.relations.imports.ImportFormat.of(format);
            Path work = run.work();
            Path file = work.resolve(format + ".txt");
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                Generators.events(format, file, rows, run.seed);
            }
            long[] kept = new long[1];
            ImportFilter filter = ImportFilter.ALL;
            readAll(f, mentions, file, filter, kept); // warm-up
            kept[0] = 0;
            Timing one = Timing.of(() -> readAll(f, mentions, file, filter, kept));
            long startSession = System.nanoTime();
            SparkSession spark = SparkSessions.open(Optional.of(run.master), "crossroads bench import");
            double sessionSeconds = (System.nanoTime() - startSession) / 1e9;
            java.util.List<String> in = java.util.List.of(file.toString());
            ImportJob.run(
                    spark,
                    new ImportJob.Options(f, in, work.resolve("import-warm").toString(), filter, true));
            ImportJob.Result[] r = new ImportJob.Result[1];
            Timing sp = Timing.of(() -> r[0] = ImportJob.run(
                    spark, new ImportJob.Options(f, in, work.resolve("import").toString(), filter, true)));
            int cores = spark.sparkContext().defaultParallelism();
            spark.stop();
            long sparkKept = mentions ? r[0].mentions() : r[0].kept();
            out.printf(Locale.ROOT, "file: %s, %,d rows, %,d bytes (%s)%n", format, rows, Files.size(file), file);
            out.printf(
                    Locale.ROOT,
                    "one JVM, one thread (parse, filter, map; no output): %.2f s wall, %.2f s CPU: %,.0f rows/s,"
                            + " %,.0f rows per CPU second; %,d kept%n",
                    one.wallSeconds(),
                    one.cpuSeconds(),
                    rows / one.wallSeconds(),
                    rows / one.cpuSeconds(),
                    kept[0]);
            out.printf(
                    Locale.ROOT,
                    "Spark %s (%d cores; parse, filter, map, Parquet out): %.2f s wall, %.2f s CPU: %,.0f rows/s,"
                            + " %,.0f rows per CPU second; %,d kept (session start %.1f s, not counted)%n",
                    run.master,
                    cores,
                    sp.wallSeconds(),
                    sp.cpuSeconds(),
                    rows / sp.wallSeconds(),
                    rows / sp.cpuSeconds(),
                    sparkKept,
                    sessionSeconds);
            out.printf(
                    Locale.ROOT,
                    "ratio: Spark is %.2fx the single JVM's rows/s; overhead: %.0f%% more CPU per row%n",
                    one.wallSeconds() / sp.wallSeconds(),
                    100 * (sp.cpuSeconds() / one.cpuSeconds() - 1));
            return sparkKept == kept[0] ? 0 : 1;
        }

        /** What crossroads import does with each line, without the database: parse, filter, map. */
        private static void readAll(
                dev.crossroads.relations.imports.ImportFormat format,
                boolean mentions,
                Path file,
                ImportFilter filter,
                long[] kept) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int no = 0;
                dev.crossroads.relations.imports.EventLines parser = null;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank()) {
                        continue;
                    }
                    if (mentions) {
                        if (dev.crossroads.relations.imports.GdeltMentions.parse(line, no)
                                instanceof dev.crossroads.relations.imports.GdeltMentions.Parsed p) {
                            dev.crossroads.store.EventMapping.mention(p.mention());
                            kept[0]++;
                        }
                        continue;
                    }
                    if (parser == null) {
                        parser = dev.crossroads.relations.imports.EventLines.of(format, line);
                        if (dev.crossroads.relations.imports.EventLines.hasHeader(format)) {
                            continue;
                        }
                    }
                    if (parser.parse(line, no) instanceof ParsedLine.Parsed p) {
                        for (ImportedEvent e : p.events()) {
                            if (filter.accepts(e)) {
                                dev.crossroads.store.EventMapping.imported(e);
                                kept[0]++;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
