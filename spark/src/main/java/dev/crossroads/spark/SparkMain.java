package dev.crossroads.spark;

import dev.crossroads.store.Store;
import dev.crossroads.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads spark ...}: the Spark jobs. Its own entry point, so that Spark stays out of the app's jar:
 * {@code bin/crossroads spark ...} runs this class with the spark module's class path, and {@code spark-submit}
 * runs it on a cluster from {@code crossroads-spark-cluster.jar}. Embedded on {@code local[*]} unless
 * {@code --master} says otherwise (or spark-submit set the master).
 */
@Command(
        name = "crossroads spark",
        mixinStandardHelpOptions = true,
        description = "Apache Spark jobs for corpora and event archives that outgrow one machine.",
        subcommands = {
            SparkMain.Extract.class,
            SparkMain.Import.class,
            SparkMain.Merge.class,
            SparkMain.Aggregate.class,
            SparkMain.Load.class,
            SparkBench.class
        })
public final class SparkMain implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof SparkJobException || e instanceof StoreException) {
                err.println("crossroads spark: " + e.getMessage());
                err.flush();
                return 2;
            }
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Options every job takes. */
    static final class Common {
        @Option(
                names = "--master",
                paramLabel = "URL",
                description = "Spark master (default: local[*], or what spark-submit set), e.g. local[2], "
                        + "spark://host:7077, yarn.")
        String master;

        @Option(names = "--overwrite", description = "Replace the output folder when it exists.")
        boolean overwrite;

        SparkSession session(String job) {
            return SparkSessions.open(Optional.ofNullable(master), "crossroads " + job);
        }
    }

    /** The first 20 of a job's {@code rejected} rows (where, why), in order of where, and how many more there are. */
    static void printRejected(SparkSession spark, String output, long rejected, PrintWriter err) {
        if (rejected == 0) {
            return;
        }
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows =
                spark.read().parquet(new org.apache.hadoop.fs.Path(output, "rejected").toString());
        List<org.apache.spark.sql.Row> first =
                rows.orderBy(rows.columns()[0]).limit(20).collectAsList();
        for (org.apache.spark.sql.Row row : first) {
            err.println("rejected " + row.getString(0) + ": " + row.getString(1));
        }
        if (rejected > first.size()) {
            err.println("... and " + (rejected - first.size()) + " more in " + output + "/rejected");
        }
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new SparkJobException(option + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    @Command(
            name = "extract",
            mixinStandardHelpOptions = true,
            description = "Read events from a corpus of articles (JSON lines or Parquet: url, published, source, "
                    + "title, text) with the relations extractor; write articles/, events/ and rejected/ as Parquet.")
    static final class Extract implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders of .jsonl or .parquet.")
        List<String> inputs;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "DIR",
                description = "Output folder.")
        String output;

        @Option(
                names = "--pack",
                paramLabel = "DIR",
                description = "Region pack whose countries and leaders the extractor knows (default: the default"
                        + " pack when present); shipped to the executors with the job.")
        Path pack;

        @Option(names = "--published", paramLabel = "DATE", description = "Date of records without one.")
        String published;

        @Option(
                names = "--partitions",
                paramLabel = "N",
                description = "Partitions to extract in (default: the input's, at least the cores).")
        Integer partitions;

        @CommandLine.Mixin
        Common common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PackFiles files = PackFiles.readOrDefault(Optional.ofNullable(pack));
            Optional<LocalDate> date = Optional.ofNullable(published).map(p -> date("--published", p));
            SparkSession spark = common.session("extract");
            ExtractJob.Result r = ExtractJob.run(
                    spark,
                    new ExtractJob.Options(
                            inputs, output, files, date, Optional.ofNullable(partitions), common.overwrite));
            printRejected(spark, output, r.rejected(), spec.commandLine().getErr());
            spec.commandLine().getOut().println(r);
            return r.rejected() > 0 ? 1 : 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Import event datasets at archive scale.",
            subcommands = {SparkMain.Gdelt.class, SparkMain.Polecat.class, SparkMain.Icews.class, SparkMain.Acled.class
            })
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
    }

    /** What every {@code spark import FORMAT} takes and does; the subclasses name the format. */
    abstract static class ImportCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, folders or globs (plain, .gz or .zip).")
        List<String> inputs;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "DIR",
                description = "Output folder.")
        String output;

        @Option(names = "--from", paramLabel = "DATE", description = "Keep events on or after this day.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Keep events on or before this day.")
        String to;

        @Option(
                names = "--actors",
                paramLabel = "ISO3,...",
                split = ",",
                description = "Keep events in which one of these states takes part.")
        List<String> actors;

        @CommandLine.Mixin
        Common common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract dev.crossroads.relations.imports.ImportFormat format();

        @Override
        public Integer call() {
            dev.crossroads.relations.imports.ImportFilter filter;
            try {
                filter = new dev.crossroads.relations.imports.ImportFilter(
                        Optional.ofNullable(from).map(d -> date("--from", d)),
                        Optional.ofNullable(to).map(d -> date("--to", d)),
                        actors == null
                                ? java.util.Set.of()
                                : java.util.Set.copyOf(actors.stream()
                                        .map(a -> a.strip().toUpperCase(java.util.Locale.ROOT))
                                        .toList()));
            } catch (IllegalArgumentException e) {
                throw new SparkJobException(e.getMessage());
            }
            SparkSession spark = common.session("import " + format().id());
            ImportJob.Result r =
                    ImportJob.run(spark, new ImportJob.Options(format(), inputs, output, filter, common.overwrite));
            printRejected(spark, output, r.rejected(), spec.commandLine().getErr());
            spec.commandLine().getOut().println(r);
            return r.rejected() > 0 ? 1 : 0;
        }
    }

    @Command(
            name = "gdelt",
            mixinStandardHelpOptions = true,
            description = "Read GDELT 2.0 Events exports (61 tab-separated columns) and Mentions files (16 columns,"
                    + " told apart by their first line); keep the state dyads within the filter; write events/,"
                    + " reports/ (mentions) and rejected/ as Parquet.")
    static final class Gdelt extends ImportCommand {
        @Override
        dev.crossroads.relations.imports.ImportFormat format() {
            return dev.crossroads.relations.imports.ImportFormat.GDELT;
        }
    }

    @Command(
            name = "polecat",
            mixinStandardHelpOptions = true,
            description = "Read POLECAT weekly files (PLOVER-coded, tab-separated with a header); keep the state"
                    + " dyads within the filter; write events/ and rejected/ as Parquet.")
    static final class Polecat extends ImportCommand {
        @Override
        dev.crossroads.relations.imports.ImportFormat format() {
            return dev.crossroads.relations.imports.ImportFormat.POLECAT;
        }
    }

    @Command(
            name = "icews",
            mixinStandardHelpOptions = true,
            description = "Read ICEWS coded event files (Dataverse .tab, tab-separated with a header); keep the"
                    + " state dyads within the filter; write events/ and rejected/ as Parquet.")
    static final class Icews extends ImportCommand {
        @Override
        dev.crossroads.relations.imports.ImportFormat format() {
            return dev.crossroads.relations.imports.ImportFormat.ICEWS;
        }
    }

    @Command(
            name = "acled",
            mixinStandardHelpOptions = true,
            description = "Read ACLED CSV exports (comma-separated, quoted, with a header); keep the state dyads"
                    + " within the filter; write events/ and rejected/ as Parquet.")
    static final class Acled extends ImportCommand {
        @Override
        dev.crossroads.relations.imports.ImportFormat format() {
            return dev.crossroads.relations.imports.ImportFormat.ACLED;
        }
    }

    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            description = "Merge reports into events as the relations engine does: an article's reports of one"
                    + " happening, a dataset's rows of one happening, then repeats of the same pair and CAMEO family"
                    + " within one day (--same-day or --within-article for the narrower rules).")
    static final class Merge implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "EVENTS", description = "Outputs of extract or import.")
        List<String> inputs;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "DIR",
                description = "Output folder.")
        String output;

        @Option(names = "--within-article", description = "Merge only the reports of one article.")
        boolean withinArticle;

        @Option(
                names = "--same-day",
                description = "Merge reports of the same pair, mediator, CAMEO family, modality and day across"
                        + " articles and datasets into one event (instead of the relations engine's rule).")
        boolean sameDay;

        @Option(
                names = "--pack",
                paramLabel = "DIR",
                description = "Region pack whose curated events take part in the engine's rule, as in the engine's"
                        + " ledger: kept, and the reports that repeat one fold into it (default: the default pack"
                        + " when present).")
        Path pack;

        @Option(names = "--no-pack", description = "Merge the inputs alone, without any pack's curated events.")
        boolean noPack;

        @CommandLine.Mixin
        Common common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (withinArticle && sameDay) {
                throw new SparkJobException("give --within-article or --same-day, not both");
            }
            MergeJob.Rule rule = withinArticle
                    ? MergeJob.Rule.WITHIN_ARTICLE
                    : sameDay ? MergeJob.Rule.SAME_DAY : MergeJob.Rule.ENGINE;
            if (noPack && pack != null) {
                throw new SparkJobException("give --pack or --no-pack, not both");
            }
            PackFiles files = noPack || rule != MergeJob.Rule.ENGINE
                    ? PackFiles.none()
                    : PackFiles.readOrDefault(Optional.ofNullable(pack));
            MergeJob.Result r = MergeJob.run(
                    common.session("merge"), new MergeJob.Options(inputs, output, rule, files, common.overwrite));
            spec.commandLine().getOut().println(r);
            return 0;
        }
    }

    @Command(
            name = "aggregate",
            mixinStandardHelpOptions = true,
            description = "Dyad-day series of events (counts, weights, Goldstein, quad classes) as Parquet.")
    static final class Aggregate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "EVENTS", description = "Outputs of extract, import or merge.")
        List<String> inputs;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "DIR",
                description = "Output folder.")
        String output;

        @Option(names = "--undirected", description = "One series per pair of actors, whoever acts.")
        boolean undirected;

        @CommandLine.Mixin
        Common common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AggregateJob.Result r = AggregateJob.run(
                    common.session("aggregate"),
                    new AggregateJob.Options(inputs, output, undirected, common.overwrite));
            spec.commandLine().getOut().println(r);
            return 0;
        }
    }

    @Command(
            name = "load",
            mixinStandardHelpOptions = true,
            description = "Load a job's output into the store (SQLite or PostgreSQL): an extraction's articles and"
                    + " events as crossroads ingest stores them, an import's events as crossroads import does;"
                    + " idempotent.")
    static final class Load implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of spark extract or import.")
        String input;

        @Option(
                names = "--db",
                paramLabel = "URL",
                description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://... "
                        + "(default: $CROSSROADS_DB, else ~/.crossroads/crossroads.db).")
        String db;

        @Option(
                names = "--batch",
                defaultValue = "500",
                description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(
                names = "--master",
                paramLabel = "URL",
                description = "Spark master (default: local[*]); the store is written from the driver.")
        String master;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LoadJob.Result r = LoadJob.run(
                    SparkSessions.open(Optional.ofNullable(master), "crossroads load"),
                    new LoadJob.Options(input, db != null ? db : Store.defaultUrl(), batch));
            spec.commandLine().getOut().println(r);
            return 0;
        }
    }
}
