package dev.crossroads.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code spark merge}: one event per happening, with all its reports, as the relations engine merges an
 * article's reports ({@code RelationsEngine.mergeReports}): reports of the same unordered pair of actors, the
 * same mediator, the same CAMEO family (two-digit root), the same modality and the same day are one event. By
 * default across articles and datasets (an extracted sentence, another article and a GDELT row about one
 * visit are one event); {@code --within-article} merges only inside one article, exactly as the engine does.
 *
 * <p>The merged event keeps the coding and id of its first report (by article, sentence, id, as the engine
 * orders them), the largest weight, the most sources any report cites ({@code num_sources}), the mentions
 * summed, and adds {@code reports} (rows merged), {@code independent_reports} (distinct articles and datasets, as
 * the store counts a happening's), {@code origins} and {@code report_ids}.
 */
final class MergeJob {
    record Options(List<String> inputs, String output, boolean withinArticle, boolean overwrite) {
        Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new SparkJobException("give at least one folder of events (the events/ of extract or import)");
            }
        }
    }

    record Result(long reports, long events, String output) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "%,d reports merged into %,d events; written to %s", reports, events, output);
        }
    }

    private MergeJob() {}

    static Result run(SparkSession spark, Options o) {
        Outputs out = Outputs.open(spark, o.output(), o.overwrite());
        try {
            Dataset<Row> events = Inputs.events(spark, o.inputs());
            Dataset<Row> merged = merge(events, o.withinArticle());
            merged.write().parquet(out.path("events"));
            long reports = events.count();
            long n = spark.read().parquet(out.path("events")).count();
            out.commit();
            return new Result(reports, n, o.output());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    /** The merge as a query: one row per happening (see the class comment). */
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
}
