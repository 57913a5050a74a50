package dev.crossroads.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;

import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.store.ArticleWithEvents;
import dev.crossroads.store.EventRecord;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code spark extract}: the relations extractor over a corpus of articles, the same records as
 * {@code crossroads ingest} gives (see {@link ArticleEvents}). Input: JSON lines (one article per line: url,
 * published, source, title, text) or Parquet with those columns. Each partition runs its articles through one
 * extractor ({@code mapPartitions}); the extractor and its NLP models are built once per executor JVM and pack
 * ({@link PackFiles}). Output (Parquet): {@code articles/} (one row per distinct article, by content id: a copy
 * of an article is read once, as ingest stores it once), {@code events/} (the store's event columns) and
 * {@code rejected/} (where and why a record was not used).
 */
final class ExtractJob {
    /** What to extract and where to write it. */
    record Options(
            List<String> inputs,
            String output,
            PackFiles pack,
            Optional<LocalDate> published,
            Optional<Integer> partitions,
            boolean overwrite) {
        Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new SparkJobException("give at least one input file or folder of articles");
            }
        }
    }

    /** Totals of a run. */
    record Result(long records, long articles, long duplicates, long events, long rejected, String output) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d records read: %,d articles (%,d copies of an article read once), %,d events; %,d records"
                            + " rejected; written to %s",
                    records,
                    articles,
                    duplicates,
                    events,
                    rejected,
                    output);
        }
    }

    /** One input record before it is read: where it is, and its JSON line or its fields. */
    record Raw(String file, long offset, String where, String json, List<String> fields) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private ExtractJob() {}

    static Result run(SparkSession spark, Options o) {
        Outputs out = Outputs.open(spark, o.output(), o.overwrite());
        JavaRDD<Raw> raw = read(spark, o.inputs());
        int parallelism = spark.sparkContext().defaultParallelism();
        int partitions = o.partitions().orElse(Math.max(raw.getNumPartitions(), parallelism));
        if (partitions != raw.getNumPartitions()) {
            raw = raw.repartition(partitions);
        }
        PackFiles pack = o.pack();
        LocalDate published = o.published().orElse(null); // Optional is not serializable
        JavaRDD<Row> extracted = raw.mapPartitions(it -> extractPartition(pack, Optional.ofNullable(published), it));
        Dataset<Row> all =
                spark.createDataFrame(extracted, EventRows.EXTRACTED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> good = all.where(col("error").isNull());
            // one row per article id: the first copy in input order, as ingest keeps the first
            Dataset<Row> firsts = good.groupBy(col("article.id").as("article_id"))
                    .agg(min_by(struct(col("article"), col("events")), struct(col("file"), col("offset")))
                            .as("first"))
                    .select(
                            col("first.article").as("article"),
                            col("first.events").as("events"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            firsts.select(col("article.*")).write().parquet(out.path("articles"));
            firsts.select(explode(col("events")).as("e"))
                    .select(col("e.*"))
                    .write()
                    .parquet(out.path("events"));
            all.where(col("error").isNotNull())
                    .select(col("where"), col("error"))
                    .coalesce(1)
                    .write()
                    .parquet(out.path("rejected"));
            long records = all.count();
            long goodCount = good.count();
            long articles = firsts.count();
            long rejected = records - goodCount;
            long events = spark.read().parquet(out.path("events")).count();
            firsts.unpersist();
            out.commit();
            return new Result(records, articles, goodCount - articles, events, rejected, o.output());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        } finally {
            all.unpersist();
        }
    }

    /** The articles' rows of one partition, read with one extractor. */
    static Iterator<Row> extractPartition(PackFiles pack, Optional<LocalDate> published, Iterator<Raw> records) {
        Extractor extractor = pack.extractor();
        Instant now = Instant.now();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return extract(extractor, published, now, records.next());
            }
        };
    }

    private static Row extract(Extractor extractor, Optional<LocalDate> published, Instant now, Raw r) {
        ArticleInput.Parsed p = r.json() != null
                ? ArticleInput.json(r.where(), r.json(), published)
                : ArticleInput.fields(
                        r.where(),
                        r.fields().get(0),
                        r.fields().get(1),
                        r.fields().get(2),
                        r.fields().get(3),
                        r.fields().get(4),
                        published);
        if (p.bad().isPresent()) {
            return RowFactory.create(
                    r.file(), r.offset(), r.where(), p.bad().get().reason(), null, seq(List.of()));
        }
        ArticleInput in = p.article().orElseThrow();
        ArticleWithEvents a;
        try {
            a = ArticleEvents.of(extractor, in, now);
        } catch (ArticleEvents.Refused e) {
            return RowFactory.create(r.file(), r.offset(), r.where(), e.getMessage(), null, seq(List.of()));
        }
        List<Row> events = new ArrayList<>(a.events().size());
        for (EventRecord e : a.events()) {
            events.add(EventRows.event(e, in.url()));
        }
        return RowFactory.create(
                r.file(), r.offset(), r.where(), null, EventRows.article(a.article(), r.where()), seq(events));
    }

    /** A row's array value (Spark's row encoder takes a Scala sequence). */
    static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
    }

    /** The input records: JSON lines with their file and byte offset, or Parquet rows with their file. */
    static JavaRDD<Raw> read(SparkSession spark, List<String> inputs) {
        if (inputs.stream().allMatch(p -> Inputs.isParquet(spark, p))) {
            return parquet(spark, inputs);
        }
        if (inputs.stream().anyMatch(p -> Inputs.isParquet(spark, p))) {
            throw new SparkJobException("give JSON lines or Parquet inputs, not both in one run");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                String.join(",", inputs),
                TextInputFormat.class,
                LongWritable.class,
                Text.class,
                jsc.hadoopConfiguration());
        return lines.mapPartitionsWithInputSplit(ExtractJob::jsonLines, true);
    }

    private static Iterator<Raw> jsonLines(
            org.apache.hadoop.mapreduce.InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) {
        String file = ((FileSplit) split).getPath().toString();
        String shown = file.startsWith("file:") ? file.substring("file:".length()) : file;
        List<Raw> out = new ArrayList<>();
        while (it.hasNext()) {
            Tuple2<LongWritable, Text> t = it.next();
            String line = t._2().toString();
            if (line.isBlank()) {
                continue;
            }
            long offset = t._1().get();
            out.add(new Raw(file, offset, shown + " at byte " + offset, line, null));
        }
        return out.iterator();
    }

    private static JavaRDD<Raw> parquet(SparkSession spark, List<String> inputs) {
        Dataset<Row> df = spark.read().parquet(inputs.toArray(String[]::new));
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        for (String name : List.of("url", "published", "source", "title", "text")) {
            if (!List.of(df.columns()).contains(name)) {
                cols.add(org.apache.spark.sql.functions.lit("").as(name));
                continue;
            }
            DataType type = df.schema().apply(name).dataType();
            if (type.equals(DataTypes.DateType) || type.equals(DataTypes.TimestampType)) {
                cols.add(org.apache
                        .spark
                        .sql
                        .functions
                        .date_format(col(name), "yyyy-MM-dd")
                        .as(name));
            } else {
                cols.add(col(name).cast(DataTypes.StringType).as(name));
            }
        }
        cols.add(org.apache.spark.sql.functions.input_file_name().as("file"));
        cols.add(org.apache.spark.sql.functions.monotonically_increasing_id().as("seq"));
        return df.select(cols.toArray(org.apache.spark.sql.Column[]::new))
                .toJavaRDD()
                .map(r -> {
                    List<String> f = new ArrayList<>(5);
                    for (int i = 0; i < 5; i++) {
                        f.add(r.isNullAt(i) ? "" : r.getString(i));
                    }
                    String file = r.getString(5);
                    long seq = r.getLong(6);
                    String title = f.get(3).length() > 60 ? f.get(3).substring(0, 60) + "..." : f.get(3);
                    return new Raw(file, seq, file + " (record titled '" + title + "')", null, f);
                });
    }
}
