package dev.crossroads.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import dev.crossroads.relations.imports.EventLines;
import dev.crossroads.relations.imports.GdeltMentions;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportFormat;
import dev.crossroads.relations.imports.ImportedEvent;
import dev.crossroads.relations.imports.ParsedLine;
import dev.crossroads.store.EventMapping;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * {@code spark import gdelt|polecat|icews|acled}: event files read with the importer's parsers ({@link
 * EventLines}: {@code GdeltEvents}, {@code PolecatEvents}, {@code IcewsEvents}, {@code AcledEvents}, and
 * {@link GdeltMentions} for GDELT's Mentions table, told apart by the first line as {@code crossroads import gdelt}
 * does), filtered ({@link ImportFilter}: state dyads, {@code --from}/{@code --to}, {@code --actors}) and mapped by
 * the store's own mapping ({@link EventMapping}), so the rows are those {@code crossroads import} stores.
 *
 * <p>How files are read: plain and compressed text is split by Hadoop (a gzip file is one split); a {@code .zip}
 * is read whole in one task. The first non-blank line of every file is read first (on the driver, or in a Spark
 * job when there are many files): it says whether a GDELT file is Events or Mentions, and it is the header the
 * POLECAT, ICEWS and ACLED parsers are made from (a header that lacks a column fails the job before anything is
 * read, naming the file). Each task numbers its lines within its split and writes one summary row per split (how
 * many lines); a bad row's line in its file is then the lines of the file's earlier splits plus its place in its
 * own, so bad rows are named by file and line exactly as {@code crossroads import} names them, without a second
 * pass over the data.
 *
 * <p>Output: {@code events/} (the kept events), {@code reports/} (GDELT mentions, as the store's reports) and
 * {@code rejected/} ({@code where}, {@code error}, {@code file}, {@code line}).
 */
final class ImportJob {
    record Options(ImportFormat format, List<String> inputs, String output, ImportFilter filter, boolean overwrite) {
        Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new SparkJobException("give at least one " + format.id() + " file or folder");
            }
        }

        /** GDELT files (Events and Mentions). */
        Options(List<String> inputs, String output, ImportFilter filter, boolean overwrite) {
            this(ImportFormat.GDELT, inputs, output, filter, overwrite);
        }
    }

    /**
     * Totals: data rows read (blank lines and headers not counted), events kept, events left out by the filter
     * (not between two states, or outside the dates or actors), rows rejected, mentions read.
     */
    record Result(long rows, long kept, long leftOut, long rejected, long mentions, String output) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d rows read: %,d events kept (state dyads within the filter), %,d left out, %,d rows"
                            + " rejected%s; written to %s",
                    rows,
                    kept,
                    leftOut,
                    rejected,
                    mentions > 0 ? String.format(Locale.ROOT, ", %,d mentions", mentions) : "",
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

    /**
     * What the first non-blank line of a file says: {@code kind} {@code events} or {@code mentions}; the header
     * line for a format with one (null when the file has no non-blank line).
     */
    record Spec(String kind, String header) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What the tasks give: one row per event, mention or bad row, and one {@code split} row per split. */
    static final StructType ROW = new StructType()
            .add("status", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("split_start", DataTypes.LongType, false)
            .add("index", DataTypes.LongType, false)
            .add("error", DataTypes.StringType, true)
            .add("event", EventRows.EVENT, true)
            .add("report", EventRows.REPORT, true)
            .add("lines", DataTypes.LongType, true)
            .add("rows", DataTypes.LongType, true);

    static final String KEPT = "kept";
    static final String LEFT_OUT = "left out";
    static final String REJECTED = "rejected";
    static final String MENTION = "mention";
    static final String SPLIT = "split";

    /** Above this many files the first lines are read by a Spark job rather than on the driver. */
    private static final int SNIFF_ON_DRIVER = 64;

    private ImportJob() {}

    static Result run(SparkSession spark, Options o) {
        Outputs out = Outputs.open(spark, o.output(), o.overwrite());
        Dataset<Row> rows;
        try {
            rows = spark.createDataFrame(read(spark, o.format(), o.inputs(), Filter.of(o.filter())), ROW)
                    .persist(StorageLevel.MEMORY_AND_DISK());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
        try {
            rows.where(col("status").equalTo(KEPT))
                    .select(col("event.*"))
                    .write()
                    .parquet(out.path("events"));
            rows.where(col("status").equalTo(MENTION))
                    .select(col("report.*"))
                    .write()
                    .parquet(out.path("reports"));
            long total = 0;
            List<Row> splits = new ArrayList<>();
            for (Row r : rows.where(col("status").equalTo(SPLIT))
                    .select("file", "split_start", "lines", "rows")
                    .collectAsList()) {
                total += r.getLong(3);
                splits.add(r);
            }
            Dataset<Row> base = spark.createDataFrame(lineBases(splits), BASE);
            rows.where(col("status").equalTo(REJECTED))
                    .join(base, new String[] {"file", "split_start"})
                    .select(
                            concat(
                                            col("file"),
                                            lit(": line "),
                                            col("base").plus(col("index")).plus(1))
                                    .as("where"),
                            col("error"),
                            col("file"),
                            col("base").plus(col("index")).plus(1).as("line"))
                    .orderBy("file", "line")
                    .write()
                    .parquet(out.path("rejected"));
            Map<String, Long> n = new HashMap<>();
            for (Row r : rows.groupBy("status").count().collectAsList()) {
                n.put(r.getString(0), r.getLong(1));
            }
            out.commit();
            return new Result(
                    total,
                    n.getOrDefault(KEPT, 0L),
                    n.getOrDefault(LEFT_OUT, 0L),
                    n.getOrDefault(REJECTED, 0L),
                    n.getOrDefault(MENTION, 0L),
                    o.output());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        } finally {
            rows.unpersist();
        }
    }

    private static final StructType BASE = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("split_start", DataTypes.LongType, false)
            .add("base", DataTypes.LongType, false);

    /** For each split, the lines of its file before it: the sum of the lines of the file's earlier splits. */
    static List<Row> lineBases(List<Row> splits) {
        List<Row> sorted = new ArrayList<>(splits);
        sorted.sort((a, b) -> {
            int c = a.getString(0).compareTo(b.getString(0));
            return c != 0 ? c : Long.compare(a.getLong(1), b.getLong(1));
        });
        List<Row> out = new ArrayList<>();
        String file = null;
        long before = 0;
        for (Row s : sorted) {
            if (!s.getString(0).equals(file)) {
                file = s.getString(0);
                before = 0;
            }
            out.add(RowFactory.create(file, s.getLong(1), before));
            before += s.getLong(2);
        }
        return out;
    }

    /** The rows of every input: text files split by Hadoop, zip files read whole. */
    static JavaRDD<Row> read(SparkSession spark, ImportFormat format, List<String> inputs, Filter filter) {
        List<String> texts = new ArrayList<>();
        List<String> zips = new ArrayList<>();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        for (String in : inputs) {
            for (String f : files(conf, in)) {
                (f.toLowerCase(Locale.ROOT).endsWith(".zip") ? zips : texts).add(f);
            }
        }
        if (texts.isEmpty() && zips.isEmpty()) {
            throw new SparkJobException("no files under " + String.join(", ", inputs));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HashMap<String, Spec>> specs = jsc.broadcast(specs(jsc, format, texts, zips));
        JavaRDD<Row> all = null;
        if (!texts.isEmpty()) {
            @SuppressWarnings("unchecked")
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                    String.join(",", texts), TextInputFormat.class, LongWritable.class, Text.class, conf);
            all = lines.mapPartitionsWithInputSplit(
                    (split, it) -> {
                        FileSplit fs = (FileSplit) split;
                        String file = shown(fs.getPath().toString());
                        Spec spec = specs.value().get(file);
                        Iterator<String> text = new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return it.hasNext();
                            }

                            @Override
                            public String next() {
                                return it.next()._2().toString();
                            }
                        };
                        return new Lines(format, spec, filter, file, fs.getStart(), text);
                    },
                    true);
        }
        if (!zips.isEmpty()) {
            JavaRDD<Row> z = jsc.binaryFiles(String.join(",", zips))
                    .flatMap(f -> zip(format, specs.value().get(shown(f._1())), f, filter));
            all = all == null ? z : all.union(z);
        }
        return all;
    }

    /** Each file's kind and header, from its first non-blank line; a header the parser refuses fails the job. */
    private static HashMap<String, Spec> specs(
            JavaSparkContext jsc, ImportFormat format, List<String> texts, List<String> zips) {
        List<String> files = new ArrayList<>(texts);
        files.addAll(zips);
        List<Tuple2<String, Optional<First>>> firsts = new ArrayList<>();
        if (files.size() <= SNIFF_ON_DRIVER) {
            for (String f : files) {
                firsts.add(new Tuple2<>(f, Optional.ofNullable(first(jsc.hadoopConfiguration(), f))));
            }
        } else {
            SerializableConfiguration conf = new SerializableConfiguration(jsc.hadoopConfiguration());
            for (Tuple2<String, First> t : jsc.parallelize(files, Math.min(files.size(), 4 * jsc.defaultParallelism()))
                    .map(f -> new Tuple2<>(f, first(conf.value(), f)))
                    .collect()) {
                firsts.add(new Tuple2<>(t._1(), Optional.ofNullable(t._2())));
            }
        }
        HashMap<String, Spec> out = new HashMap<>();
        for (Tuple2<String, Optional<First>> t : firsts) {
            String file = shown(t._1());
            Optional<First> first = t._2();
            if (format == ImportFormat.GDELT) {
                boolean mentions = first.map(l -> GdeltMentions.looksLikeMentions(l.text()))
                        .orElse(false);
                out.put(file, new Spec(mentions ? "mentions" : "events", null));
            } else {
                if (first.isPresent()) {
                    try {
                        EventLines.of(format, first.get().text());
                    } catch (IllegalArgumentException e) {
                        throw new SparkJobException(
                                file + ": line " + first.get().line() + ": " + e.getMessage());
                    }
                }
                out.put(file, new Spec("events", first.map(First::text).orElse(null)));
            }
        }
        return out;
    }

    /** A file's first non-blank line and its number. */
    record First(String text, int line) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The first non-blank line of a file (a zip's first entry), decompressed as Hadoop reads it; null if none. */
    static First first(Configuration conf, String file) {
        Path p = new Path(file);
        try (InputStream raw = p.getFileSystem(conf).open(p)) {
            InputStream in;
            if (file.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                ZipInputStream z = new ZipInputStream(raw);
                ZipEntry e = z.getNextEntry();
                while (e != null && e.isDirectory()) {
                    e = z.getNextEntry();
                }
                if (e == null) {
                    return null;
                }
                in = z;
            } else {
                CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
                in = codec == null ? raw : codec.createInputStream(raw);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank()) {
                    return new First(line, no);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shown(file), e);
        }
    }

    /**
     * The rows of one split's lines (numbered from 0 within the split), then the split's summary row. The header
     * is the first non-blank line of a file's first split (start 0).
     */
    static final class Lines implements Iterator<Row> {
        private final ImportFormat format;
        private final Spec spec;
        private final ImportFilter filter;
        private final String file;
        private final long start;
        private final Iterator<String> text;
        private final EventLines parser;
        private final ArrayDeque<Row> pending = new ArrayDeque<>();
        private boolean headerSeen;
        private boolean done;
        private long index = -1;
        private long rows;

        Lines(ImportFormat format, Spec spec, Filter filter, String file, long start, Iterator<String> text) {
            this.format = format;
            this.file = file;
            this.start = start;
            this.text = text;
            this.filter = filter.filter();
            this.headerSeen = start > 0 || !EventLines.hasHeader(format);
            this.spec = java.util.Objects.requireNonNull(spec, () -> "the first line of " + file + " was not read");
            this.parser = spec.kind().equals("mentions")
                    ? null
                    : format == ImportFormat.GDELT
                            ? EventLines.of(format, "")
                            : spec.header() == null ? null : EventLines.of(format, spec.header());
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !done) {
                if (text.hasNext()) {
                    line(text.next());
                } else {
                    done = true;
                    pending.add(RowFactory.create(SPLIT, file, start, index + 1, null, null, null, index + 1, rows));
                }
            }
            return !pending.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void line(String line) {
            index++;
            if (line.isBlank()) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                return;
            }
            rows++;
            if (spec.kind().equals("mentions")) {
                GdeltMentions.Line p = GdeltMentions.parse(line, 1);
                if (p instanceof GdeltMentions.Bad b) {
                    pending.add(rejected(b.error()));
                } else {
                    pending.add(RowFactory.create(
                            MENTION,
                            file,
                            start,
                            index,
                            null,
                            null,
                            EventRows.report(EventMapping.mention(((GdeltMentions.Parsed) p).mention())),
                            null,
                            null));
                }
                return;
            }
            if (parser == null) {
                // a header format whose file had no header when it was first read: it changed since
                pending.add(rejected("the file has no header line: give the " + format.id() + " file as exported"));
                return;
            }
            ParsedLine p = parser.parse(line, 1);
            if (p instanceof ParsedLine.Bad bad) {
                pending.add(rejected(bad.error()));
                return;
            }
            for (ImportedEvent e : ((ParsedLine.Parsed) p).events()) {
                boolean kept = filter.accepts(e);
                pending.add(RowFactory.create(
                        kept ? KEPT : LEFT_OUT,
                        file,
                        start,
                        index,
                        null,
                        kept ? EventRows.event(EventMapping.imported(e), Optional.empty()) : null,
                        null,
                        null,
                        null));
            }
        }

        private Row rejected(String error) {
            return RowFactory.create(REJECTED, file, start, index, error, null, null, null, null);
        }
    }

    /** A zip file read whole: each entry is a file of its own (named {@code file!entry}) with its own header. */
    private static Iterator<Row> zip(
            ImportFormat format, Spec spec, Tuple2<String, PortableDataStream> f, Filter filter) throws IOException {
        String file = shown(f._1());
        List<Row> out = new ArrayList<>();
        try (ZipInputStream zin = new ZipInputStream(f._2().open())) {
            ZipEntry entry;
            boolean firstEntry = true;
            while ((entry = zin.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(zin, StandardCharsets.UTF_8));
                List<String> lines = new ArrayList<>();
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
                Spec entrySpec = firstEntry ? spec : entrySpec(format, lines);
                firstEntry = false;
                String name = file + "!" + entry.getName();
                if (entrySpec.header() != null || format == ImportFormat.GDELT) {
                    try {
                        new Lines(format, entrySpec, filter, name, 0, lines.iterator()).forEachRemaining(out::add);
                        continue;
                    } catch (IllegalArgumentException e) {
                        out.add(RowFactory.create(REJECTED, name, 0L, 0L, e.getMessage(), null, null, null, null));
                    }
                }
                out.add(RowFactory.create(
                        SPLIT, name, 0L, (long) lines.size(), null, null, null, (long) lines.size(), 0L));
            }
        }
        return out.iterator();
    }

    /** The spec of a zip's further entry, from its own first non-blank line. */
    private static Spec entrySpec(ImportFormat format, List<String> lines) {
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
        if (format == ImportFormat.GDELT) {
            return new Spec(first != null && GdeltMentions.looksLikeMentions(first) ? "mentions" : "events", null);
        }
        return new Spec("events", first);
    }

    private static List<String> files(Configuration conf, String in) {
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
