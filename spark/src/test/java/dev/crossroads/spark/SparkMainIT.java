package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void importPolecatIcewsAcledNameAMissingColumnOrABadRowByFileAndLine() throws Exception {
        Path noType = tmp.resolve("no-type.tsv");
        Files.writeString(noType, "\nEvent ID\tEvent Date\tEvent Mode\n1\t2025-07-12\tvisit\n");
        Run header = run(
                "import", "polecat", noType.toString(), "-o", tmp.resolve("p").toString());
        assertThat(header.code()).as(header.out()).isEqualTo(2);
        assertThat(header.err()).contains(noType + ": line 2: the header has no column 'Event Type'");
        assertThat(Files.exists(tmp.resolve("p"))).isFalse();

        List<String> acled = Files.readAllLines(
                LocalSpark.root().resolve(ImportFormatsIT.FIXTURES).resolve("acled-good.csv"));
        Path file = tmp.resolve("acled.csv");
        List<String> lines = new java.util.ArrayList<>(acled);
        lines.add("SYR9,not a date,2025");
        Files.write(file, lines);
        Run bad = run("import", "acled", file.toString(), "-o", tmp.resolve("a").toString());
        assertThat(bad.code()).as(bad.err()).isEqualTo(1);
        assertThat(bad.err())
                .contains("rejected " + file + ": line " + lines.size() + ": expected 31 comma-separated columns");
        assertThat(bad.out()).contains("1 rows rejected");
    }
}
