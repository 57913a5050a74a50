package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.extract.Article;
import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.ArticleRecord;
import dev.crossroads.store.EventRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeJobIT {
    @TempDir
    Path tmp;

    @Test
    void withinArticleTheMergeGivesExactlyTheRelationsEnginesEventsOfEachArticle() throws Exception {
        SparkSession spark = LocalSpark.session();
        // the repository's corpus plus one article that reports a visit in three sentences, so that the merge has
        // a happening with several reports to keep together whatever the lexicon codes in the corpus
        Path corpus = tmp.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(CorpusRun.CORPUS));
        lines.add("{\"url\": \"\", \"published\": \"2025-07-12\", \"source\": \"test\", \"title\": \"A visit\","
                + " \"text\": \"Syrian President Ahmed al-Sharaa visited Baku on Saturday. Al-Sharaa's visit to"
                + " Azerbaijan was his first. Analysts said al-Sharaa visited Azerbaijan to secure gas.\"}");
        Files.write(corpus, lines);
        Path out = tmp.resolve("out");
        ExtractJob.run(
                spark,
                new ExtractJob.Options(
                        List.of(corpus.toString()),
                        out.toString(),
                        PackFiles.read(CorpusRun.PACK),
                        Optional.empty(),
                        Optional.empty(),
                        false));
        Dataset<Row> events = Inputs.events(spark, List.of(out.toString()));
        Map<String, String> actual = new TreeMap<>();
        for (Row r : MergeJob.merge(events, true).collectAsList()) {
            actual.put(r.getAs("id"), r.<Integer>getAs("reports") + " reports, weight " + r.<Double>getAs("weight"));
        }

        Extractor extractor = CorpusRun.extractor();
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(corpus)) {
            ArticleInput in = ArticleInput.json("corpus", line, Optional.empty())
                    .article()
                    .orElseThrow();
            String id = ArticleRecord.contentId(in.title(), in.text());
            for (LedgerEvent e : RelationsEngine.articleEvents(
                    extractor.extract(new Article(id, in.text(), in.published())), in.published())) {
                expected.put(e.id(), e.reports().size() + " reports, weight " + e.weight());
            }
        }
        assertThat(expected.values()).anyMatch(v -> !v.startsWith("1 reports")); // the visit is one happening
        assertThat(actual).isEqualTo(expected);
    }

    private static EventRecord extracted(
            String id,
            String article,
            int sentence,
            String a1,
            String a2,
            String cameo,
            LocalDate d,
            EventRecord.Mode mode) {
        return new EventRecord(
                id,
                EventRecord.Origin.EXTRACTED,
                Optional.of(article),
                Optional.empty(),
                d,
                a1,
                a2,
                Optional.empty(),
                cameo,
                Optional.empty(),
                OptionalInt.of(1),
                OptionalDouble.of(1.0),
                mode,
                mode == EventRecord.Mode.ASSERTED ? 1.0 : 0.0,
                Optional.of(
                        new EventRecord.Evidence("s", sentence, Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    void reportsOfOneHappeningFromArticlesAndGdeltAreOneEventThatKeepsThemAll() {
        LocalDate d = LocalDate.parse("2025-07-12");
        List<Row> rows = new ArrayList<>();
        rows.add(EventRows.event(
                extracted("x-b-3", "bbb", 3, "SYR", "AZE", "043", d, EventRecord.Mode.ASSERTED), Optional.empty()));
        rows.add(EventRows.event(
                extracted("x-a-0", "aaa", 0, "AZE", "SYR", "042", d, EventRecord.Mode.ASSERTED), Optional.empty()));
        rows.add(EventRows.event(
                extracted("x-a-5", "aaa", 5, "AZE", "SYR", "040", d, EventRecord.Mode.ASSERTED), Optional.empty()));
        rows.add(EventRows.event(
                extracted("x-a-6", "aaa", 6, "AZE", "SYR", "040", d, EventRecord.Mode.NEGATED), Optional.empty()));
        rows.add(EventRows.event(
                extracted("x-c-0", "ccc", 0, "AZE", "SYR", "042", d.plusDays(1), EventRecord.Mode.ASSERTED),
                Optional.empty()));
        List<String> gdelt = new ArrayList<>();
        String row = gdeltRow("1001", "20250712", "AZE", "SYR", "042");
        gdelt.add(row);
        for (var p : ImportJobIT.oneJvm(gdelt, ImportFilter.ALL)) {
            rows.add(EventRows.event(p, Optional.empty()));
        }
        Dataset<Row> events = LocalSpark.session().createDataFrame(rows, EventRows.EVENT);
        List<Row> merged =
                MergeJob.merge(events, false).orderBy("event_date", "mode").collectAsList();

        assertThat(merged).hasSize(3);
        Row one = merged.get(0);
        // the first report as the engine orders them: a dataset row (no article) first, then by article and sentence
        assertThat(one.<String>getAs("id")).isEqualTo("gdelt-1001");
        assertThat(one.<Integer>getAs("reports")).isEqualTo(4);
        assertThat(one.<Integer>getAs("independent_reports")).isEqualTo(3); // articles aaa and bbb, dataset gdelt
        assertThat(one.<scala.collection.Seq<String>>getAs("origins").mkString(","))
                .isEqualTo("extracted,gdelt");
        assertThat(one.<scala.collection.Seq<String>>getAs("report_ids").mkString(","))
                .isEqualTo("gdelt-1001,x-a-0,x-a-5,x-b-3");
        assertThat(merged.get(1).<String>getAs("mode")).isEqualTo("negated");
        assertThat(merged.get(2).<String>getAs("id")).isEqualTo("x-c-0");
    }

    /** A GDELT row written from the codebook's columns with the fields this test needs. */
    static String gdeltRow(String id, String ymd, String c1, String c2, String code) {
        String[] f = new String[61];
        java.util.Arrays.fill(f, "");
        f[0] = id;
        f[1] = ymd;
        f[5] = c1 + "GOV";
        f[6] = c1;
        f[7] = c1;
        f[12] = "GOV";
        f[15] = c2 + "GOV";
        f[16] = c2;
        f[17] = c2;
        f[22] = "GOV";
        f[26] = code;
        f[27] = code;
        f[28] = code.substring(0, 2);
        f[29] = "1";
        f[30] = "4.0";
        f[31] = "3";
        f[32] = "2";
        f[33] = "3";
        f[60] = "https://example.org/" + id;
        return String.join("\t", f);
    }

    @Test
    void acrossDatasetsTheMergeGroupsAsAPlainJavaMergeOnSeededEvents() throws Exception {
        Path file = tmp.resolve("g.CSV");
        Generators.gdelt(file, 20_000, 3);
        List<EventRecord> all = new ArrayList<>(ImportJobIT.oneJvm(Files.readAllLines(file), ImportFilter.ALL));
        List<Row> rows =
                all.stream().map(e -> EventRows.event(e, Optional.empty())).toList();
        Dataset<Row> events = LocalSpark.session().createDataFrame(rows, EventRows.EVENT);
        Map<String, String> actual = new TreeMap<>();
        for (Row r : MergeJob.merge(events, false).collectAsList()) {
            actual.put(r.getAs("id"), r.<Integer>getAs("reports") + "/" + r.<Integer>getAs("num_mentions"));
        }

        Map<String, List<EventRecord>> groups = new HashMap<>();
        for (EventRecord e : all) {
            String a = e.actor1().compareTo(e.actor2()) <= 0 ? e.actor1() : e.actor2();
            String b = e.actor1().compareTo(e.actor2()) <= 0 ? e.actor2() : e.actor1();
            String key = a + b + e.mediator().orElse("") + e.cameo().substring(0, 2) + e.mode() + e.eventDate();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        Map<String, String> expected = new TreeMap<>();
        for (List<EventRecord> g : groups.values()) {
            EventRecord first =
                    g.stream().min(Comparator.comparing(EventRecord::id)).orElseThrow();
            int mentions = g.stream()
                    .mapToInt(e -> e.imported().orElseThrow().mentions())
                    .sum();
            expected.put(first.id(), g.size() + "/" + mentions);
        }
        assertThat(expected).hasSizeLessThan(all.size()); // some happenings have several reports
        assertThat(actual).isEqualTo(expected);
    }
}
