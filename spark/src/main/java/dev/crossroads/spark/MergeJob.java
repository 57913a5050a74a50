package dev.crossroads.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code spark merge}: one event per happening, with all its reports, as the relations engine merges an
 * article's reports ({@code RelationsEngine.mergeReports}): reports of the same unordered pair of actors, the
 * same mediator, the same CAMEO family (two-digit root), the same modality and the same day are one event. By
 * default across articles and datasets (an extracted sentence, another article and a GDELT row about one
 * visit are one event); {@code --within-article} merges only inside one article, exactly as the engine does.
 *
 * <p>The merged event keeps the coding and id of its first report (by article, sentence, id, as the engine
 * orders them), the largest weight, the most sources any report cites ({@code num_sources}), the mentions
 * summed, main when any report is its sentence's main event, and adds {@code reports} (rows merged), {@code independent_reports} (distinct articles and datasets, as
 * the store counts a happening's), {@code origins} and {@code report_ids}.
 */
final class MergeJob {
    /** How reports are merged. */
    enum Rule {
        /**
         * As the relations engine reads the store (the default): an article's reports of one happening merged
         * ({@code RelationsEngine.mergeReports}), a dataset's rows of one happening merged (the store's happenings,
         * weighed reported or unconfirmed), then every event that repeats a kept one of the same unordered pair
         * and CAMEO family within one day dropped into it ({@code RelationsEngine.withoutDuplicates}).
         */
        ENGINE,
        /** Same pair, mediator, family, modality and day, across articles and datasets. */
        SAME_DAY,
        /** Only inside one article, exactly as {@code RelationsEngine.mergeReports}. */
        WITHIN_ARTICLE
    }

    /**
     * What to merge and how; {@code pack}'s curated events take part in the engine's rule as the engine's ledger
     * holds them ({@link PackFiles#none()}: none).
     */
    record Options(List<String> inputs, String output, Rule rule, PackFiles pack, boolean overwrite) {
        Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new SparkJobException("give at least one folder of events (the events/ of extract or import)");
            }
            java.util.Objects.requireNonNull(rule, "rule");
            java.util.Objects.requireNonNull(pack, "pack");
        }

        Options(List<String> inputs, String output, Rule rule, boolean overwrite) {
            this(inputs, output, rule, PackFiles.none(), overwrite);
        }

        Options(List<String> inputs, String output, boolean withinArticle, boolean overwrite) {
            this(inputs, output, withinArticle ? Rule.WITHIN_ARTICLE : Rule.ENGINE, overwrite);
        }
    }

    record Result(long reports, long curated, long events, String output) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d reports merged into %,d events%s; written to %s",
                    reports,
                    events,
                    curated > 0 ? String.format(Locale.ROOT, " with the pack's %,d curated events", curated) : "",
                    output);
        }
    }

    private MergeJob() {}

    static Result run(SparkSession spark, Options o) {
        Outputs out = Outputs.open(spark, o.output(), o.overwrite());
        try {
            Dataset<Row> events = Inputs.events(spark, o.inputs());
            Dataset<Row> curated = o.rule() == Rule.ENGINE
                    ? curated(spark, o.pack().pack())
                    : spark.createDataFrame(List.<Row>of(), EventRows.EVENT);
            Dataset<Row> merged = o.rule() == Rule.ENGINE
                    ? engine(events, curated, RelationsEngine.Settings.DEFAULT_UNCONFIRMED_WEIGHT)
                    : merge(events, o.rule());
            merged.write().parquet(out.path("events"));
            long reports = events.count();
            long n = spark.read().parquet(out.path("events")).count();
            out.commit();
            return new Result(reports, curated.count(), n, o.output());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    /**
     * The pack's curated events as event rows (origin {@code curated}, the pack's name as {@code pack_id}), with the
     * weight and coding the engine gives them ({@code RelationsEngine.curated}); none without a pack.
     */
    static Dataset<Row> curated(SparkSession spark, java.util.Optional<RegionPack> pack) {
        List<Row> rows = new ArrayList<>();
        pack.ifPresent(p -> {
            for (LedgerEvent e : RelationsEngine.curated(p)) {
                EventRecord r = EventMapping.curated(e, p.meta().name());
                rows.add(EventRows.event(r, java.util.Optional.empty()));
            }
        });
        return spark.createDataFrame(rows, EventRows.EVENT);
    }

    /** The merge by {@code rule}, with no curated event. */
    static Dataset<Row> merge(Dataset<Row> events, Rule rule) {
        return switch (rule) {
            case ENGINE ->
                engine(
                        events,
                        events.sparkSession().createDataFrame(List.<Row>of(), EventRows.EVENT),
                        RelationsEngine.Settings.DEFAULT_UNCONFIRMED_WEIGHT);
            case SAME_DAY -> merge(events, false);
            case WITHIN_ARTICLE -> merge(events, true);
        };
    }

    /** Reports with the same key on the same day as one row per group (see the class comment). */
    static Dataset<Row> merge(Dataset<Row> events, boolean withinArticle) {
        List<Column> key = new ArrayList<>(List.of(
                least(col("actor1"), col("actor2")).as("k_a"),
                greatest(col("actor1"), col("actor2")).as("k_b"),
                coalesce(col("mediator"), lit("")).as("k_mediator"),
                substring(col("cameo"), 1, 2).as("k_root"),
                col("mode").as("k_mode"),
                col("event_date").as("k_date")));
        if (withinArticle) {
            key.add(coalesce(col("article_id"), concat(lit("id|"), col("id"))).as("k_article"));
        }
        Column order = struct(
                coalesce(col("article_id"), lit("")),
                coalesce(col("sentence_index"), lit(Integer.MAX_VALUE)),
                col("id"));
        // independent reports as the store counts them: each article, each dataset, each pack once
        Column document = coalesce(
                concat(lit("article "), col("article_id")),
                concat(lit("dataset "), col("dataset")),
                concat(lit("pack "), col("pack_id")),
                concat(lit("event "), col("id")));
        String[] columns = EventRows.EVENT.fieldNames();
        List<Column> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(col(c));
        }
        Dataset<Row> grouped = events.groupBy(key.toArray(Column[]::new))
                .agg(
                        min_by(struct(cols.toArray(Column[]::new)), order).as("first"),
                        max(col("weight")).as("m_weight"),
                        max(col("main")).as("m_main"),
                        count(lit(1)).cast(DataTypes.IntegerType).as("m_reports"),
                        count_distinct(document).cast(DataTypes.IntegerType).as("m_independent"),
                        max(col("num_sources")).as("m_sources"),
                        sum(col("num_mentions")).cast(DataTypes.IntegerType).as("m_mentions"),
                        array_sort(collect_set(coalesce(col("dataset"), col("origin"))))
                                .as("origins"),
                        array_sort(collect_list(col("id"))).as("report_ids"));
        List<Column> select = new ArrayList<>();
        for (String c : columns) {
            switch (c) {
                case "weight" -> select.add(col("m_weight").as("weight"));
                case "main" -> select.add(col("m_main").as("main"));
                case "num_sources" -> select.add(col("m_sources").as("num_sources"));
                case "num_mentions" -> select.add(col("m_mentions").as("num_mentions"));
                default -> select.add(col("first." + c).as(c));
            }
        }
        select.add(col("m_reports").as("reports"));
        select.add(col("m_independent").as("independent_reports"));
        select.add(col("origins"));
        select.add(col("report_ids"));
        return grouped.select(select.toArray(Column[]::new));
    }

    /**
     * The engine's rule ({@link Rule#ENGINE}). Stage one groups exactly: an article's reports by article, pair,
     * mediator, family, modality and day (the first by sentence and id, the largest weight), a dataset's rows by
     * the store's happening (the row most sources cite, then the smallest id; weight 1 when two independent
     * sources report it, else {@code unconfirmedWeight}). Stage two is the engine's duplicate rule: an event is
     * dropped when a kept one of the same unordered pair and family is at most one day apart, deciding events by
     * weight (largest first), then id. Only events of one pair and family can be within each other's window, so
     * the rows are partitioned by (pair, family) with no date in the key: no pair of events that could match is
     * ever split across partitions, whatever the window. Each partition is sorted by (pair, family, weight
     * descending, id) and read once, remembering the days that have a kept event (at most one per day): an event
     * is dropped into the first kept event on its day or the day before or after, else kept. Stage three folds the
     * dropped events' reports into the event they repeat.
     *
     * <p>{@code curated} are the pack's events ({@link #curated}), as the engine's ledger starts with them: each is
     * its own group in stage one, comes first in its (pair, family) in stage two and is always kept, so a report
     * that repeats a curated event within one day folds into it.
     */
    static Dataset<Row> engine(Dataset<Row> events, Dataset<Row> curated, double unconfirmedWeight) {
        Dataset<Row> states = events.unionByName(curated)
                .where(col("actor1")
                        .rlike("^[A-Z]{3}$")
                        .and(col("actor2").rlike("^[A-Z]{3}$"))
                        .and(col("actor1").notEqual(col("actor2"))));
        String[] columns = EventRows.EVENT.fieldNames();
        List<Column> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(col(c));
        }
        Column row = struct(cols.toArray(Column[]::new));
        Column document = coalesce(
                concat(lit("article "), col("article_id")),
                concat(lit("dataset "), col("dataset")),
                concat(lit("pack "), col("pack_id")),
                concat(lit("event "), col("id")));
        Column[] groupAggs = {
            max(col("main")).as("g_main"), // a main event when any of its reports is (RelationsEngine.mergeReports)
            count(lit(1)).cast(DataTypes.IntegerType).as("m_reports"),
            max(col("num_sources")).as("m_sources"),
            sum(col("num_mentions")).cast(DataTypes.IntegerType).as("m_mentions"),
            collect_set(document).as("documents"),
            collect_set(coalesce(col("dataset"), col("origin"))).as("origins"),
            collect_list(col("id")).as("report_ids")
        };
        Dataset<Row> articles = states.where(col("origin").notEqual("imported"))
                .groupBy(
                        coalesce(col("article_id"), concat(lit("id|"), col("id"))),
                        least(col("actor1"), col("actor2")),
                        greatest(col("actor1"), col("actor2")),
                        coalesce(col("mediator"), lit("")),
                        substring(col("cameo"), 1, 2),
                        col("mode"),
                        col("event_date"))
                .agg(
                        min_by(
                                        row,
                                        struct(
                                                coalesce(col("article_id"), lit("")),
                                                coalesce(col("sentence_index"), lit(Integer.MAX_VALUE)),
                                                col("id")))
                                .as("first"),
                        aggs(max(col("weight")).as("g_weight"), groupAggs));
        Dataset<Row> datasets = states.where(col("origin").equalTo("imported"))
                .groupBy(coalesce(col("happening_id"), concat(lit("id|"), col("id"))))
                .agg(
                        min_by(row, struct(col("num_sources").multiply(-1), col("id")))
                                .as("first"),
                        aggs(count_distinct(col("dataset")).as("n_datasets"), groupAggs))
                // independent sources as the store counts a happening's: the most any row cites, one per further
                // dataset
                .withColumn(
                        "g_weight",
                        when(col("m_sources").plus(col("n_datasets")).minus(1).geq(2), lit(1.0))
                                .otherwise(lit(unconfirmedWeight)));
        List<Column> stage1 = new ArrayList<>();
        for (String c : columns) {
            stage1.add(
                    switch (c) {
                        case "weight" -> col("g_weight").as("weight");
                        case "main" -> col("g_main").as("main");
                        default -> col("first." + c).as(c);
                    });
        }
        stage1.add(least(col("first.actor1"), col("first.actor2")).as("k_a"));
        stage1.add(greatest(col("first.actor1"), col("first.actor2")).as("k_b"));
        stage1.add(substring(col("first.cameo"), 1, 2).as("k_root"));
        for (String c : List.of("m_reports", "m_sources", "m_mentions", "documents", "origins", "report_ids")) {
            stage1.add(col(c));
        }
        Column[] select = stage1.toArray(Column[]::new);
        Dataset<Row> groups = articles.select(select).unionByName(datasets.select(select));

        StructType withKeeper = groups.schema().add("keeper", DataTypes.StringType, false);
        int id = groups.schema().fieldIndex("id");
        int date = groups.schema().fieldIndex("event_date");
        int origin = groups.schema().fieldIndex("origin");
        int[] key = {
            groups.schema().fieldIndex("k_a"),
            groups.schema().fieldIndex("k_b"),
            groups.schema().fieldIndex("k_root")
        };
        Dataset<Row> decided = groups.repartition(col("k_a"), col("k_b"), col("k_root"))
                .sortWithinPartitions(
                        col("k_a"),
                        col("k_b"),
                        col("k_root"),
                        when(col("origin").equalTo("curated"), lit(0)).otherwise(lit(1)),
                        col("weight").desc(),
                        col("id"))
                .mapPartitions(
                        (MapPartitionsFunction<Row, Row>) it -> new DayWindow(it, id, date, origin, key),
                        Encoders.row(withKeeper));

        List<Column> out = new ArrayList<>();
        for (String c : columns) {
            out.add(col("kept." + c).as(c));
        }
        out.add(col("m_reports").as("reports"));
        out.add(size(array_distinct(flatten(col("m_documents")))).as("independent_reports"));
        out.add(array_sort(array_distinct(flatten(col("m_origins")))).as("origins"));
        out.add(array_sort(flatten(col("m_report_ids"))).as("report_ids"));
        List<Column> keptCols = new ArrayList<>();
        for (String c : columns) {
            keptCols.add(col(c));
        }
        return decided.groupBy(col("keeper"))
                .agg(
                        max_by(
                                        struct(keptCols.toArray(Column[]::new)),
                                        col("id").equalTo(col("keeper")))
                                .as("kept0"),
                        sum(col("m_reports")).cast(DataTypes.IntegerType).as("m_reports"),
                        max(col("m_sources")).as("m_sources"),
                        sum(col("m_mentions")).cast(DataTypes.IntegerType).as("m_mentions"),
                        collect_list(col("documents")).as("m_documents"),
                        collect_list(col("origins")).as("m_origins"),
                        collect_list(col("report_ids")).as("m_report_ids"))
                .withColumn(
                        "kept",
                        col("kept0")
                                .withField("num_sources", col("m_sources"))
                                .withField("num_mentions", col("m_mentions")))
                .select(out.toArray(Column[]::new));
    }

    private static Column[] aggs(Column first, Column[] rest) {
        Column[] out = new Column[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /**
     * Stage two of the engine's rule over one partition sorted by (pair, family, curated first, weight descending,
     * id): each row with the id of the event it merges into ({@code keeper}: its own when kept; a curated event is
     * always kept). The kept days of the current (pair, family) are remembered with the order they were kept in
     * (the first kept on a day stands for it: it is the one a later event would merge into).
     */
    static final class DayWindow implements java.util.Iterator<Row> {
        private final java.util.Iterator<Row> in;
        private final int id;
        private final int date;
        private final int origin;
        private final int[] key;
        private final java.util.Map<java.time.LocalDate, Kept> kept = new java.util.HashMap<>();
        private List<Object> group;
        private long order;

        private record Kept(long order, String id) {}

        DayWindow(java.util.Iterator<Row> in, int id, int date, int origin, int[] key) {
            this.in = in;
            this.id = id;
            this.date = date;
            this.origin = origin;
            this.key = key;
        }

        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public Row next() {
            Row r = in.next();
            List<Object> k = new ArrayList<>();
            for (int i : key) {
                k.add(r.get(i));
            }
            if (!k.equals(group)) {
                group = k;
                kept.clear();
            }
            java.time.LocalDate day = r.getDate(date).toLocalDate();
            Kept into = null;
            for (java.time.LocalDate d : List.of(day.minusDays(1), day, day.plusDays(1))) {
                Kept c = kept.get(d);
                if (c != null && (into == null || c.order() < into.order())) {
                    into = c;
                }
            }
            String keeper;
            if (into == null || "curated".equals(r.getString(origin))) {
                keeper = r.getString(id);
                kept.putIfAbsent(day, new Kept(order++, keeper));
            } else {
                keeper = into.id();
            }
            Object[] values = new Object[r.size() + 1];
            for (int i = 0; i < r.size(); i++) {
                values[i] = r.get(i);
            }
            values[r.size()] = keeper;
            return RowFactory.create(values);
        }
    }
}
