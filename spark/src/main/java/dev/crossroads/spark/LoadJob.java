package dev.crossroads.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import dev.crossroads.store.ArticleRecord;
import dev.crossroads.store.ArticleWithEvents;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.IngestResult;
import dev.crossroads.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark load}: an extraction's output (articles/ and events/) into the store, SQLite or PostgreSQL, as
 * {@code crossroads ingest} stores it: one transaction per batch of articles, an article already stored (same
 * content id) skipped with its events, so loading twice adds nothing the second time. The rows stream to the
 * driver partition by partition; the store is written from the driver only (one writer).
 */
final class LoadJob {
    record Options(String input, String db, int batch) {
        Options {
            if (batch < 1) {
                throw new SparkJobException("--batch must be at least 1");
            }
        }
    }

    /** Totals: articles (or, for an import, events) read, added and already stored; events stored. */
    record Result(long read, long added, long duplicates, long events, long reports, String db) {
        Result(long read, long added, long duplicates, long events, String db) {
            this(read, added, duplicates, events, 0, db);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d records read: %,d added, %,d already stored; %,d events%s stored (into %s)",
                    read,
                    added,
                    duplicates,
                    events,
                    reports > 0 ? String.format(Locale.ROOT, " and %,d mentions", reports) : "",
                    db);
        }
    }

    private LoadJob() {}

    static Result run(SparkSession spark, Options o) {
        String in = o.input();
        String eventsDir = new org.apache.hadoop.fs.Path(in, "events").toString();
        String articlesDir = new org.apache.hadoop.fs.Path(in, "articles").toString();
        if (!Inputs.isDirectory(spark, eventsDir)) {
            throw new SparkJobException(
                    "no events/ under " + in + ": give the output folder of spark extract or spark import");
        }
        if (!Inputs.isDirectory(spark, articlesDir)) {
            return imported(spark, in, eventsDir, o);
        }
        Dataset<Row> articles = spark.read().parquet(articlesDir);
        Dataset<Row> events = spark.read().parquet(eventsDir);
        List<Column> eventCols = new ArrayList<>();
        for (String c : events.columns()) {
            eventCols.add(col(c));
        }
        Dataset<Row> byArticle = events.groupBy(col("article_id"))
                .agg(collect_list(struct(eventCols.toArray(Column[]::new))).as("events"));
        Dataset<Row> joined = articles.join(byArticle, articles.col("id").equalTo(byArticle.col("article_id")), "left")
                .select(articles.col("*"), byArticle.col("events"))
                .orderBy(col("id"));
        long read = 0;
        long added = 0;
        long duplicates = 0;
        long stored = 0;
        Instant now = Instant.now();
        try (Store store = Store.open(o.db())) {
            List<ArticleWithEvents> batch = new ArrayList<>();
            Iterator<Row> it = joined.toLocalIterator();
            while (it.hasNext()) {
                Row r = it.next();
                read++;
                ArticleRecord article = EventRows.toArticle(r, now);
                List<EventRecord> evs = new ArrayList<>();
                List<Row> rows = r.isNullAt(r.fieldIndex("events")) ? List.of() : r.getList(r.fieldIndex("events"));
                for (Row e : rows) {
                    evs.add(EventRows.toEvent(e));
                }
                batch.add(new ArticleWithEvents(article, evs));
                if (batch.size() >= o.batch()) {
                    IngestResult res = store.events().ingest(batch);
                    added += res.added();
                    duplicates += res.duplicates();
                    stored += res.events();
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                IngestResult res = store.events().ingest(batch);
                added += res.added();
                duplicates += res.duplicates();
                stored += res.events();
            }
            return new Result(read, added, duplicates, stored, store.url());
        }
    }

    /** An import's events, in one transaction as {@code crossroads import} stores a file: all or nothing. */
    private static Result imported(SparkSession spark, String in, String eventsDir, Options o) {
        Dataset<Row> events = spark.read().parquet(eventsDir);
        long other = events.where(col("origin").notEqual("imported")).count();
        if (other > 0) {
            throw new SparkJobException(in + "/events holds " + other + " events that are not imported (a merge's"
                    + " output?): load the outputs of spark extract and spark import, the store merges them itself");
        }
        long[] read = new long[1];
        try (Store store = Store.open(o.db())) {
            dev.crossroads.store.ImportResult r = store.events().importEvents("loading " + in, sink -> {
                Iterator<Row> it = events.orderBy(col("id")).toLocalIterator();
                while (it.hasNext()) {
                    sink.add(EventRows.toEvent(it.next()));
                    read[0]++;
                }
            });
            long reports = 0;
            String reportsDir = new org.apache.hadoop.fs.Path(in, "reports").toString();
            if (Inputs.isDirectory(spark, reportsDir)) {
                // after the events, in a transaction of its own, as crossroads import loads Mentions files after
                // Events files: a mention whose event is not stored is skipped
                Dataset<Row> mentions = spark.read().parquet(reportsDir);
                reports = store.events()
                        .importEvents("loading mentions " + in, sink -> {
                            Iterator<Row> it = mentions.orderBy(col("event_id"), col("url"))
                                    .toLocalIterator();
                            while (it.hasNext()) {
                                sink.addReport(EventRows.toReport(it.next()));
                            }
                        })
                        .reports();
            }
            return new Result(read[0], r.added(), r.duplicates(), r.added(), reports, store.url());
        }
    }
}
