package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkMainIT {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LocalSpark.session(); // the commands reuse the test JVM's session
        int code = SparkMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theCommandsChainFromAnExtractionToDyadDaySeries() {
        String corpus = CorpusRun.output().toString();
        Run merge = run("merge", corpus, "-o", tmp.resolve("merged").toString(), "--master", "local[2]");
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("reports merged into").contains("events; written to");
        Run agg = run(
                "aggregate",
                tmp.resolve("merged").toString(),
                "-o",
                tmp.resolve("series").toString());
        assertThat(agg.code()).as(agg.err()).isZero();
        assertThat(agg.out()).contains("dyad-days; written to");
        assertThat(Files.isDirectory(tmp.resolve("series/dyad-days"))).isTrue();
    }

    @Test
    void aCommandThatCannotRunSaysWhatToDoAndExitsTwo() throws Exception {
        Files.createDirectories(tmp.resolve("taken"));
        Run r = run(
                "merge",
                CorpusRun.output().toString(),
                "-o",
                tmp.resolve("taken").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("crossroads spark: the output ").contains("--overwrite");
        Run bad = run(
                "import",
                "gdelt",
                tmp.resolve("none").toString(),
                "-o",
                tmp.resolve("o").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("no file or folder at");
        Run date = run("import", "gdelt", "x", "-o", "y", "--from", "2025-13-01");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("--from '2025-13-01' is not a date");
    }
}
