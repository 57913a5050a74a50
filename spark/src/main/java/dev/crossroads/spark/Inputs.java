package dev.crossroads.spark;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reading the jobs' own Parquet outputs back, with a message when a folder is not one. */
final class Inputs {
    private Inputs() {}

    /**
     * Events from one or more folders: an {@code events/} folder itself, or a job's output holding one. Columns
     * beyond the event layout (a merge's {@code reports}, ...) are dropped so that folders of both kinds union.
     */
    static Dataset<Row> events(SparkSession spark, List<String> inputs) {
        Dataset<Row> all = null;
        for (String in : inputs) {
            String path = in;
            java.nio.file.Path local = java.nio.file.Path.of(in);
            if (java.nio.file.Files.isDirectory(local.resolve("events"))) {
                path = local.resolve("events").toString();
            }
            Dataset<Row> df;
            try {
                df = spark.read().parquet(path);
            } catch (Exception e) { // Spark throws AnalysisException (checked in Java's eyes) without declaring it
                if (!(e instanceof org.apache.spark.sql.AnalysisException)) {
                    throw e;
                }
                throw new SparkJobException("no events at " + in
                        + ": give the output folder of spark extract, import or merge (or its events/ folder)");
            }
            Set<String> have = Set.of(df.columns());
            for (String c : EventRows.EVENT.fieldNames()) {
                if (!have.contains(c)) {
                    throw new SparkJobException("the Parquet at " + path + " has no column " + c
                            + ": it is not an events folder written by spark extract, import or merge");
                }
            }
            df = df.selectExpr(EventRows.EVENT.fieldNames());
            all = all == null ? df : all.unionByName(df);
        }
        return all;
    }
}
