package dev.crossroads.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A job's output folder, written all or nothing: the job writes into a hidden sibling folder and renames it to
 * the output when every dataset is written, so a failed or interrupted job leaves no half output (on HDFS and a
 * local disk a rename is atomic; on an object store it is a copy). An existing output is refused unless the
 * command says {@code --overwrite}.
 */
final class Outputs {
    private final FileSystem fs;
    private final Path target;
    private final Path staging;

    private Outputs(FileSystem fs, Path target, Path staging) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
    }

    static Outputs open(SparkSession spark, String output, boolean overwrite) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path target = new Path(output);
        try {
            FileSystem fs = target.getFileSystem(conf);
            if (fs.exists(target) && !overwrite) {
                throw new SparkJobException(
                        "the output " + output + " exists: choose another folder or pass --overwrite to replace it");
            }
            Path staging = new Path(
                    target.getParent() == null ? new Path(".") : target.getParent(),
                    "." + target.getName() + ".tmp-" + UUID.randomUUID());
            return new Outputs(fs, target, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the output " + output, e);
        }
    }

    /** Where the job writes dataset {@code name} before the commit. */
    String path(String name) {
        return new Path(staging, name).toString();
    }

    /** Moves the written datasets to the output, replacing an earlier one. */
    void commit() {
        try {
            if (fs.exists(target)) {
                fs.delete(target, true);
            }
            if (!fs.rename(staging, target)) {
                throw new IOException("rename of " + staging + " to " + target + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the job's output to " + target, e);
        }
    }

    /** Removes what a failed job wrote. */
    void abort() {
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            // best effort: the staging folder is hidden and named as such
        }
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
