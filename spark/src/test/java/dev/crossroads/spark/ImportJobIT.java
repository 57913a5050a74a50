package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.imports.GdeltEvents;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportedEvent;
import dev.crossroads.relations.imports.ParsedLine;
import dev.crossroads.store.EventRecord;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobIT {
    @TempDir
    Path tmp;

    /** The single-JVM reading: the importer's parser and filter, line by line. */
    static Set<EventRecord> oneJvm(List<String> lines, ImportFilter filter) {
        Set<EventRecord> out = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (GdeltEvents.parse(lines.get(i), i + 1) instanceof ParsedLine.Parsed p) {
                for (ImportedEvent e : p.events()) {
                    if (filter.accepts(e)) {
                        out.add(dev.crossroads.store.EventMapping.imported(e));
                    }
                }
            }
        }
        return out;
    }

    static Set<EventRecord> events(Path out) {
        Set<EventRecord> actual = new HashSet<>();
        for (Row r : LocalSpark.session()
                .read()
                .parquet(out.resolve("events").toString())
                .collectAsList()) {
            actual.add(EventRows.toEvent(r));
        }
        return actual;
    }

    @Test
    void importOnLocal2KeepsExactlyTheEventsTheImportersParserAndFilterKeep() throws Exception {
        Path file = tmp.resolve("20250712.export.CSV");
        Generators.gdelt(file, 3_000, 7);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.add(1000, "not\ta\tgdelt\trow");
        Files.write(file, lines);
        ImportFilter filter = new ImportFilter(
                Optional.of(LocalDate.parse("2018-01-01")),
                Optional.of(LocalDate.parse("2023-12-31")),
                Set.of("AZE", "SYR", "TUR"));
        Path out = tmp.resolve("out");
        ImportJob.Result r = ImportJob.run(
                LocalSpark.session(), new ImportJob.Options(List.of(file.toString()), out.toString(), filter, false));

        Set<EventRecord> expected = oneJvm(lines, filter);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(events(out)).isEqualTo(expected);
        assertThat(r.rows()).isEqualTo(3_001);
        assertThat(r.kept()).isEqualTo(expected.size());
        assertThat(r.rejected()).isEqualTo(1);
        Row bad = LocalSpark.session()
                .read()
                .parquet(out.resolve("rejected").toString())
                .first();
        assertThat(bad.getString(0)).endsWith("20250712.export.CSV: line 1001");
        assertThat(bad.<Long>getAs("line")).isEqualTo(1001L);
        assertThat(bad.getString(1)).contains("expected 61 tab-separated columns");
    }

    @Test
    void gdeltZipFilesAreReadWholeAndLocatedByLine() throws Exception {
        Path plain = tmp.resolve("rows.CSV");
        Generators.gdelt(plain, 200, 11);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(plain));
        lines.set(4, lines.get(4).replaceFirst("\t20\\d{6}\t", "\t2025-13-45\t"));
        Path dir = Files.createDirectories(tmp.resolve("in"));
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("20250712.export.CSV.zip")))) {
            z.putNextEntry(new ZipEntry("20250712.export.CSV"));
            OutputStream o = z;
            o.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path out = tmp.resolve("out");
        ImportJob.Result r = ImportJob.run(
                LocalSpark.session(),
                new ImportJob.Options(List.of(dir.toString()), out.toString(), ImportFilter.ALL, false));

        assertThat(events(out)).isEqualTo(oneJvm(lines, ImportFilter.ALL));
        assertThat(r.rejected()).isEqualTo(1);
        Row bad = LocalSpark.session()
                .read()
                .parquet(out.resolve("rejected").toString())
                .first();
        assertThat(bad.getString(0)).endsWith("20250712.export.CSV.zip!20250712.export.CSV: line 5");
        assertThat(bad.getString(1)).contains("SQLDATE");
    }
}
