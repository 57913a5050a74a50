package dev.crossroads.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code spark aggregate}: dyad-day series from events (extracted, imported or merged). One row per day and
 * directed dyad (actor1 acting on actor2; {@code --undirected}: the pair in alphabetical order) with
 * {@code events}, {@code reports} (merged reports, else one per event), {@code weight} (summed),
 * {@code goldstein_weighted} (sum of Goldstein score times weight, the ledger's measure),
 * {@code goldstein_mean} (plain mean over events with a score) and the counts per quad class
 * ({@code verbal_coop}, {@code material_coop}, {@code verbal_conflict}, {@code material_conflict}). Negated
 * events weigh nothing and are counted in {@code events} only, as in the ledger.
 */
final class AggregateJob {
    record Options(List<String> inputs, String output, boolean undirected, boolean overwrite) {
        Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new SparkJobException(
                        "give at least one folder of events (the output of extract, import or merge)");
            }
        }
    }

    record Result(long events, long rows, String output) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d events into %,d dyad-days; written to %s", events, rows, output);
        }
    }

    private AggregateJob() {}

    static Result run(SparkSession spark, Options o) {
        Outputs out = Outputs.open(spark, o.output(), o.overwrite());
        try {
            Dataset<Row> events = withReports(spark, o.inputs());
            aggregate(events, o.undirected()).write().parquet(out.path("dyad-days"));
            long n = spark.read().parquet(out.path("dyad-days")).count();
            long e = events.count();
            out.commit();
            return new Result(e, n, o.output());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    /** The events with a {@code reports} column: a merge's, else one report per event. */
    static Dataset<Row> withReports(SparkSession spark, List<String> inputs) {
        Dataset<Row> all = null;
        for (String in : inputs) {
            Dataset<Row> events = Inputs.events(spark, List.of(in));
            String path = Inputs.eventsPath(spark, in);
            Dataset<Row> raw = spark.read().parquet(path);
            if (!List.of(raw.columns()).contains("main")) {
                raw = raw.withColumn("main", lit(true)); // written before events kept main, as Inputs.events reads it
            }
            Dataset<Row> df = List.of(raw.columns()).contains("reports")
                    ? raw.selectExpr(concat(EventRows.EVENT.fieldNames(), "reports"))
                    : events.withColumn("reports", lit(1));
            all = all == null ? df : all.unionByName(df);
        }
        return all;
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    /** The dyad-day series as a query. */
    static Dataset<Row> aggregate(Dataset<Row> events, boolean undirected) {
        Column a1 = undirected ? least(col("actor1"), col("actor2")) : col("actor1");
        Column a2 = undirected ? greatest(col("actor1"), col("actor2")) : col("actor2");
        return events.groupBy(col("event_date"), a1.as("actor1"), a2.as("actor2"))
                .agg(
                        count(lit(1)).as("events"),
                        sum(col("reports")).as("reports"),
                        sum(col("weight")).as("weight"),
                        sum(col("goldstein").multiply(col("weight"))).as("goldstein_weighted"),
                        avg(col("goldstein")).as("goldstein_mean"),
                        quad(1).as("verbal_coop"),
                        quad(2).as("material_coop"),
                        quad(3).as("verbal_conflict"),
                        quad(4).as("material_conflict"))
                .orderBy(col("event_date"), col("actor1"), col("actor2"));
    }

    private static Column quad(int q) {
        return sum(when(col("quad_class").equalTo(q), lit(1)).otherwise(lit(0))).cast(DataTypes.LongType);
    }
}
