package dev.crossroads.spark;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reading the jobs' own Parquet outputs back, with a message when a folder is not one. */
final class Inputs {
    private Inputs() {}

    /** Whether {@code path} is a folder, on any file system Hadoop knows (local, HDFS, S3, ...). */
    static boolean isDirectory(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            org.apache.hadoop.fs.FileSystem fs =
                    p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p) && fs.getFileStatus(p).isDirectory();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + path, e);
        }
    }

    /** {@code in/events} when {@code in} is a job's output folder, else {@code in}. */
    static String eventsPath(SparkSession spark, String in) {
        String events = new org.apache.hadoop.fs.Path(in, "events").toString();
        return isDirectory(spark, events) ? events : in;
    }

    /** Whether {@code path} is a Parquet file or a folder holding Parquet files. */
    static boolean isParquet(SparkSession spark, String path) {
        if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
            return true;
        }
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            org.apache.hadoop.fs.FileSystem fs =
                    p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
                return false;
            }
            for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(p)) {
                if (f.getPath().getName().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Events from one or more folders: an {@code events/} folder itself, or a job's output holding one. Columns
     * beyond the event layout (a merge's {@code reports}, ...) are dropped so that folders of both kinds union.
     */
    static Dataset<Row> events(SparkSession spark, List<String> inputs) {
        Dataset<Row> all = null;
        for (String in : inputs) {
            String path = eventsPath(spark, in);
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
            if (!have.contains("main")) {
                // written before events kept whether they are their sentence's main event: main, as the store's V4
                df = df.withColumn("main", org.apache.spark.sql.functions.lit(true));
                have = Set.of(df.columns());
            }
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
