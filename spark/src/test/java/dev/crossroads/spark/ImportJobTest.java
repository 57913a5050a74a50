package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-split reading of {@link ImportJob} without Spark: rows, statuses, line places and split summaries. */
class ImportJobTest {
    @TempDir
    Path tmp;

    static List<Row> lines(ImportFormat format, ImportJob.Spec spec, long start, List<String> text) {
        List<Row> out = new ArrayList<>();
        new ImportJob.Lines(format, spec, ImportJob.Filter.of(ImportFilter.ALL), "f", start, text.iterator())
                .forEachRemaining(out::add);
        return out;
    }

    @Test
    void aGdeltSplitGivesOneRowPerEventOrBadRowAndASummaryCountingEveryLine() throws Exception {
        Path file = tmp.resolve("g.CSV");
        Generators.gdelt(file, 20, 3);
        List<String> text = new ArrayList<>(Files.readAllLines(file));
        text.add(5, "");
        text.add(9, "not\ta\tgdelt\trow");
        List<Row> rows = lines(ImportFormat.GDELT, new ImportJob.Spec("events", null), 0, text);

        Row split = rows.get(rows.size() - 1);
        assertThat(split.getString(0)).isEqualTo(ImportJob.SPLIT);
        assertThat(split.getLong(7)).isEqualTo(22);
        assertThat(split.getLong(8)).isEqualTo(21);
        Row bad = rows.stream()
                .filter(r -> r.getString(0).equals(ImportJob.REJECTED))
                .findFirst()
                .orElseThrow();
        assertThat(bad.getLong(3)).isEqualTo(9);
        assertThat(bad.getString(4)).contains("expected 61 tab-separated columns");
        assertThat(rows).hasSize(22);
    }

    @Test
    void theHeaderIsTheFirstNonBlankLineOfAFilesFirstSplitOnly() throws Exception {
        List<String> polecat = Files.readAllLines(
                LocalSpark.root().resolve(ImportFormatsIT.FIXTURES).resolve("polecat-good.tsv"));
        List<String> text = new ArrayList<>(List.of(""));
        text.addAll(polecat);
        ImportJob.Spec spec = new ImportJob.Spec("events", polecat.get(0));
        List<Row> first = lines(ImportFormat.POLECAT, spec, 0, text);
        assertThat(first.get(first.size() - 1).getLong(8)).isEqualTo(polecat.size() - 1);
        List<Row> later = lines(ImportFormat.POLECAT, spec, 100, polecat.subList(1, polecat.size()));
        assertThat(later.get(later.size() - 1).getLong(8)).isEqualTo(polecat.size() - 1);
        assertThat(later.stream()
                        .filter(r -> !r.getString(0).equals(ImportJob.SPLIT))
                        .count())
                .isEqualTo(first.stream()
                        .filter(r -> !r.getString(0).equals(ImportJob.SPLIT))
                        .count());
    }

    @Test
    void aBadRowsLineIsTheLinesOfItsFilesEarlierSplitsPlusItsPlaceInItsOwn() {
        List<Row> bases = ImportJob.lineBases(List.of(
                RowFactory.create("b", 0L, 7L, 7L),
                RowFactory.create("a", 200L, 5L, 5L),
                RowFactory.create("a", 0L, 10L, 9L),
                RowFactory.create("a", 100L, 3L, 3L)));
        assertThat(bases.stream().map(r -> r.getString(0) + "@" + r.getLong(1) + "=" + r.getLong(2)))
                .containsExactly("a@0=0", "a@100=10", "a@200=13", "b@0=0");
    }
}
