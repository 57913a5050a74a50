package dev.crossroads.spark;

import static org.apache.spark.sql.functions.col;

import dev.crossroads.relations.imports.GdeltEvents;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportedActor;
import dev.crossroads.relations.imports.ImportedEvent;
import dev.crossroads.relations.imports.ParsedLine;
import dev.crossroads.store.EventRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code spark import gdelt}: GDELT 2.0 Events exports (61 tab-separated columns) read with the importer's
 * parser ({@link GdeltEvents}, the same as {@code crossroads import gdelt}), filtered ({@link ImportFilter}:
 * state dyads, {@code --from}/{@code --to}, {@code --actors}) and written as events in the store's layout
 * (origin {@code imported}, dataset {@code gdelt}, id {@code gdelt-<GLOBALEVENTID>}). Plain and gzip files are
 * split by Hadoop and located by byte offset; GDELT's {@code .CSV.zip} files are read whole, one per task, and
 * located by line. Output: {@code events/} and {@code rejected/} (where and why a row was not read).
 */
final class ImportJob {
    record Options(List<String> inputs, String output, ImportFilter filter, boolean overwrite) {
        Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new SparkJobException("give at least one GDELT Events file or folder");
            }
        }
    }

    record Result(long rows, long kept, long rejected, String output) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d rows read: %,d events kept (state dyads within the filter), %,d left out, %,d rows"
                            + " rejected; written to %s",
                    rows,
                    kept,
                    rows - kept - rejected,
                    rejected,
                    output);
        }
    }

    /** The filter's parts, serializable (Optional is not). */
    record Filter(LocalDate from, LocalDate to, List<String> actors) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Filter of(ImportFilter f) {
            return new Filter(f.from().orElse(null), f.to().orElse(null), List.copyOf(f.actors()));
        }

        ImportFilter filter() {
            return new ImportFilter(Optional.ofNullable(from), Optional.ofNullable(to), Set.copyOf(actors));
        }
    }

    /** What one row gives: kept (an event row), left out, or rejected (where and why). */
    static final StructType ROW = new StructType()
            .add("status", DataTypes.StringType, false)
            .add("where", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true)
            .add("event", EventRows.EVENT, true);

    private ImportJob() {}

    static Result run(SparkSession spark, Options o) {
        Outputs out = Outputs.open(spark, o.output(), o.overwrite());
        Dataset<Row> rows = spark.createDataFrame(read(spark, o.inputs(), Filter.of(o.filter())), ROW)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            rows.where(col("status").equalTo("kept"))
                    .select(col("event.*"))
                    .write()
                    .parquet(out.path("events"));
            rows.where(col("status").equalTo("rejected"))
                    .select(col("where"), col("error"))
                    .write()
                    .parquet(out.path("rejected"));
            long total = 0;
            long kept = 0;
            long rejected = 0;
            for (Row r : rows.groupBy("status").count().collectAsList()) {
                long n = r.getLong(1);
                total += n;
                switch (r.getString(0)) {
                    case "kept" -> kept = n;
                    case "rejected" -> rejected = n;
                    default -> {}
                }
            }
            out.commit();
            return new Result(total, kept, rejected, o.output());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        } finally {
            rows.unpersist();
        }
    }

    /** The rows of every input: text files split by Hadoop, zip files read whole. */
    static JavaRDD<Row> read(SparkSession spark, List<String> inputs, Filter filter) {
        List<String> texts = new ArrayList<>();
        List<String> zips = new ArrayList<>();
        org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
        for (String in : inputs) {
            for (String f : files(conf, in)) {
                (f.toLowerCase(Locale.ROOT).endsWith(".zip") ? zips : texts).add(f);
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> all = null;
        if (!texts.isEmpty()) {
            @SuppressWarnings("unchecked")
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                    String.join(",", texts), TextInputFormat.class, LongWritable.class, Text.class, conf);
            all = lines.mapPartitionsWithInputSplit(
                    (split, it) -> {
                        String file = shown(((FileSplit) split).getPath().toString());
                        return new Iterator<Row>() {
                            @Override
                            public boolean hasNext() {
                                return it.hasNext();
                            }

                            @Override
                            public Row next() {
                                Tuple2<LongWritable, Text> t = it.next();
                                return row(file + " at byte " + t._1().get(), t._2().toString(), filter);
                            }
                        };
                    },
                    true);
        }
        if (!zips.isEmpty()) {
            JavaRDD<Row> z = jsc.binaryFiles(String.join(",", zips)).flatMap(f -> zip(f, filter));
            all = all == null ? z : all.union(z);
        }
        if (all == null) {
            throw new SparkJobException("no files under " + String.join(", ", inputs));
        }
        return all;
    }

    private static Iterator<Row> zip(Tuple2<String, PortableDataStream> f, Filter filter) throws IOException {
        String file = shown(f._1());
        List<Row> out = new ArrayList<>();
        try (ZipInputStream zin = new ZipInputStream(f._2().open())) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(zin, StandardCharsets.UTF_8));
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    out.add(row(file + "!" + entry.getName() + ":" + no, line, filter));
                }
            }
        }
        return out.iterator();
    }

    /** One GDELT row read, mapped and filtered. */
    static Row row(String where, String line, Filter filter) {
        if (line.isBlank()) {
            return RowFactory.create("blank", where, null, null);
        }
        ParsedLine p = GdeltEvents.parse(line, 1);
        if (p instanceof ParsedLine.Bad bad) {
            return RowFactory.create("rejected", where, bad.error(), null);
        }
        List<ImportedEvent> events = ((ParsedLine.Parsed) p).events();
        ImportFilter f = filter.filter();
        for (ImportedEvent e : events) {
            if (f.accepts(e)) {
                return RowFactory.create("kept", where, null, EventRows.event(record(e), Optional.empty()));
            }
        }
        return RowFactory.create("left out", where, null, null);
    }

    /** An imported event as the store's record: its dataset row, asserted, weight 1. */
    static EventRecord record(ImportedEvent e) {
        return new EventRecord(
                e.id(),
                EventRecord.Origin.IMPORTED,
                Optional.empty(),
                Optional.empty(),
                e.date(),
                e.actor1().country().orElseThrow(),
                e.actor2().country().orElseThrow(),
                e.mediator().flatMap(ImportedActor::country),
                e.cameo(),
                e.plover(),
                OptionalInt.of(e.quadClass()),
                OptionalDouble.of(e.goldstein()),
                EventRecord.Mode.ASSERTED,
                1.0,
                Optional.empty(),
                Optional.of(new EventRecord.Imported(
                        e.format().id(),
                        e.sourceId(),
                        e.url(),
                        e.actor1().role(),
                        e.actor2().role(),
                        e.mediator().flatMap(ImportedActor::role),
                        e.sources(),
                        e.mentions(),
                        e.ploverMode(),
                        e.text())));
    }

    private static List<String> files(org.apache.hadoop.conf.Configuration conf, String in) {
        try {
            Path p = new Path(in);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                throw new SparkJobException("no file or folder at " + in);
            }
            List<String> out = new ArrayList<>();
            for (FileStatus m : matches) {
                if (m.isFile()) {
                    out.add(m.getPath().toString());
                    continue;
                }
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                while (it.hasNext()) {
                    Path f = it.next().getPath();
                    String n = f.getName();
                    if (!n.startsWith(".") && !n.startsWith("_")) {
                        out.add(f.toString());
                    }
                }
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + in, e);
        }
    }

    private static String shown(String file) {
        return file.startsWith("file:") ? file.substring("file:".length()) : file;
    }
}
