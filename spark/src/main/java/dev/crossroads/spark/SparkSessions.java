package dev.crossroads.spark;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Opens the Spark session of a command: embedded on {@code local[*]} unless {@code --master} says otherwise or
 * {@code spark-submit} already set the master. No web UI by default (it would take a port on a shared machine);
 * dates and times in UTC.
 */
final class SparkSessions {
    private SparkSessions() {}

    static SparkSession open(Optional<String> master, String appName) {
        SparkSession.Builder b = SparkSession.builder()
                .appName(appName)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.compression.codec", "zstd");
        if (System.getProperty("spark.ui.enabled") == null) {
            b = b.config("spark.ui.enabled", "false");
        }
        if (master.isPresent()) {
            b = b.master(master.get());
        } else if (System.getProperty("spark.master") == null) {
            b = b.master("local[*]"); // not under spark-submit: run embedded
        }
        String chosen = master.orElse(System.getProperty("spark.master", "local[*]"));
        if (chosen.startsWith("local") && System.getProperty("spark.driver.host") == null) {
            // embedded: the driver listens on the loopback interface only
            b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = b.getOrCreate();
        if (spark.sparkContext().isLocal()) {
            // a local run has a few cores: a few shuffle partitions, not the cluster default of 200
            spark.conf()
                    .set(
                            "spark.sql.shuffle.partitions",
                            String.valueOf(Math.max(2, spark.sparkContext().defaultParallelism() * 2)));
        }
        return spark;
    }
}
