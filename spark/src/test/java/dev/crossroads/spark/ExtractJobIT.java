package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.store.ArticleWithEvents;
import dev.crossroads.store.EventRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractJobIT {
    private static final Path CORPUS = CorpusRun.CORPUS;
    private static final Path PACK = CorpusRun.PACK;

    @TempDir
    Path tmp;

    /** The single-JVM path: every record in file order, the records ingest would store (first copy of an article kept). */
    static Map<String, ArticleWithEvents> oneJvm(Path corpus, Extractor extractor) throws Exception {
        Map<String, ArticleWithEvents> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(corpus);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            ArticleInput.Parsed p = ArticleInput.json(corpus + ":" + (i + 1), lines.get(i), Optional.empty());
            if (p.article().isEmpty()) {
                continue;
            }
            ArticleWithEvents a = ArticleEvents.of(extractor, p.article().get(), Instant.EPOCH);
            out.putIfAbsent(a.article().id(), a);
        }
        return out;
    }

    @Test
    void sparkExtractOnLocal2GivesExactlyTheEventsOfTheSingleJvmPath() throws Exception {
        SparkSession spark = LocalSpark.session();
        Path out = CorpusRun.output();
        ExtractJob.Result r = CorpusRun.result();

        Map<String, ArticleWithEvents> expected = oneJvm(CORPUS, CorpusRun.extractor());
        Set<EventRecord> expectedEvents = new HashSet<>();
        expected.values().forEach(a -> expectedEvents.addAll(a.events()));
        List<EventRecord> actual = new ArrayList<>();
        for (Row row : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
            actual.add(EventRows.toEvent(row));
        }
        assertThat(expectedEvents).hasSizeGreaterThan(10);
        assertThat(expectedEvents)
                .as("the corpus has background events, so the comparison covers main false as well as true")
                .anyMatch(e -> !e.main())
                .anyMatch(EventRecord::main);
        assertThat(actual).hasSameSizeAs(expectedEvents);
        assertThat(new HashSet<>(actual)).isEqualTo(expectedEvents); // EventRecord equality includes main
        Dataset<Row> parquet = spark.read().parquet(out.resolve("events").toString());
        assertThat(parquet.schema().apply("main").dataType()).isEqualTo(DataTypes.BooleanType);
        Map<String, Boolean> mainById = new java.util.HashMap<>();
        expectedEvents.forEach(e -> mainById.put(e.id(), e.main()));
        for (Row row : parquet.select("id", "main").collectAsList()) {
            assertThat(row.getBoolean(1)).as("main of " + row.getString(0)).isEqualTo(mainById.get(row.getString(0)));
        }
        List<String> articleIds = spark.read()
                .parquet(out.resolve("articles").toString())
                .select("id")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertThat(articleIds).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(r.records()).isEqualTo(13);
        assertThat(r.rejected()).isZero();
        assertThat(r.events()).isEqualTo(expectedEvents.size());
    }

    @Test
    void badRecordsAreReportedWithFileAndOffsetAndACopyOfAnArticleIsReadOnce() throws Exception {
        Path in = tmp.resolve("in.jsonl");
        String good = "{\"published\":\"2025-07-12\",\"title\":\"t\",\"text\":\"Azerbaijan hosted talks between"
                + " Turkey and Israel in Baku.\"}";
        String noText = "{\"published\":\"2025-07-12\",\"title\":\"u\"}";
        String broken = "{\"published\": ";
        Files.writeString(in, good + "\n" + noText + "\n\n" + broken + "\n" + good + "\n");
        Path out = tmp.resolve("out");
        ExtractJob.Result r = ExtractJob.run(
                LocalSpark.session(),
                new ExtractJob.Options(
                        List.of(in.toString()),
                        out.toString(),
                        PackFiles.none(),
                        Optional.empty(),
                        Optional.of(3),
                        false));

        assertThat(r.records()).isEqualTo(4);
        assertThat(r.articles()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        List<Row> rejected = LocalSpark.session()
                .read()
                .parquet(out.resolve("rejected").toString())
                .orderBy("where")
                .collectAsList();
        int noTextAt = good.length() + 1;
        int brokenAt = noTextAt + noText.length() + 2;
        assertThat(rejected.get(0).getString(0)).endsWith("in.jsonl at byte " + noTextAt);
        assertThat(rejected.get(0).getString(1)).isEqualTo("no \"text\"");
        assertThat(rejected.get(1).getString(0)).endsWith("in.jsonl at byte " + brokenAt);
        assertThat(rejected.get(1).getString(1)).startsWith("not valid JSON");
    }

    @Test
    void anExistingOutputIsRefusedAndNothingIsWritten() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.run(
                        LocalSpark.session(),
                        new ExtractJob.Options(
                                List.of(CORPUS.toString()),
                                out.toString(),
                                PackFiles.none(),
                                Optional.empty(),
                                Optional.empty(),
                                false)))
                .isInstanceOf(SparkJobException.class)
                .hasMessageContaining("--overwrite");
        try (var s = Files.list(out)) {
            assertThat(s).isEmpty();
        }
    }
}
