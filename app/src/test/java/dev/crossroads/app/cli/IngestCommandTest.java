package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.EventRecord;
import dev.crossroads.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossroads ingest} and {@code crossroads events} in-process on a temporary SQLite file. */
class IngestCommandTest {
    @TempDir
    Path dir;

    String db() {
        return "jdbc:sqlite:" + dir.resolve("test.db");
    }

    static final String GOOD1 =
            "{\"url\":\"https://example.org/1\",\"published\":\"2025-07-12\",\"source\":\"test\",\"title\":\"Gas deal\","
                    + "\"text\":\"Azerbaijan signed a gas agreement with Syria on Saturday. Turkey praised the deal.\"}";
    static final String GOOD2 =
            "{\"published\":\"2025-07-15\",\"title\":\"Strikes\",\"text\":\"Israeli jets struck targets near Damascus.\"}";
    static final String GOOD3 =
            "{\"published\":\"2025-08-29T10:00:00Z\",\"title\":\"Ports\",\"text\":\"Turkey closed its ports to Israeli ships.\"}";

    @Test
    void jsonLinesAreStoredOnceAndBadLinesAreReportedWithTheirLine() throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                GOOD1,
                                "{not json",
                                GOOD2,
                                "{\"published\":\"2025-01-01\",\"title\":\"empty\"}",
                                GOOD3,
                                "{\"published\":\"yesterday\",\"text\":\"Iran warned Azerbaijan.\"}")
                        + "\n",
                StandardCharsets.UTF_8);
        CliRun first = CliRun.of("ingest", file.toString(), "--db", db());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(first.err())
                .contains("articles.jsonl:2: not valid JSON")
                .contains("articles.jsonl:4: no \"text\"")
                .contains("articles.jsonl:6: \"published\" 'yesterday' is not a date");
        assertThat(first.out())
                .contains("3 articles read: 3 added, 0 already stored")
                .contains("3 bad records skipped");

        CliRun again = CliRun.of("ingest", file.toString(), "--db", db());
        assertThat(again.out()).contains("3 articles read: 0 added, 3 already stored; 0 events stored");
        try (Store s = Store.open(db())) {
            assertThat(s.events().countArticles()).isEqualTo(3);
            List<EventRecord> events = s.events().findEvents(Optional.of("SYR"), Optional.empty(), Optional.empty());
            assertThat(events).anySatisfy(e -> {
                assertThat(e.actor1()).isEqualTo("AZE");
                assertThat(e.cameo()).isEqualTo("057");
                EventRecord.Evidence ev = e.evidence().orElseThrow();
                assertThat(ev.sentence()
                                .substring(
                                        ev.verb().orElseThrow().start(),
                                        ev.verb().orElseThrow().end()))
                        .isEqualTo("signed");
                assertThat(ev.sentence()
                                .substring(
                                        ev.actor1().orElseThrow().start(),
                                        ev.actor1().orElseThrow().end()))
                        .isEqualTo("Azerbaijan");
            });
        }
    }

    @Test
    void plainTextTakesItsDateFromPublished() throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Turkey condemned Israel over the strikes on Syria.", StandardCharsets.UTF_8);
        CliRun undated = CliRun.of("ingest", file.toString(), "--db", db());
        assertThat(undated.exitCode()).isEqualTo(1);
        assertThat(undated.err()).contains("note.txt:1").contains("--published");
        CliRun dated = CliRun.of("ingest", file.toString(), "--db", db(), "--published", "2025-09-01");
        assertThat(dated.exitCode()).as(dated.err()).isZero();
        CliRun events = CliRun.of("events", "--db", db(), "--actor", "TUR", "--format", "csv");
        assertThat(events.out()).contains("2025-09-01,TUR,ISR,111").contains("Turkey condemned Israel");
    }

    @Test
    void htmlTakesTitleAndDateFromItsHead() throws Exception {
        Path folder = dir.resolve("html");
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve("a.html"),
                "<html><head><title>Baku &amp; Damascus</title>"
                        + "<meta property=\"article:published_time\" content=\"2025-02-17T08:00:00Z\"></head>"
                        + "<body><p>Azerbaijan reopened its embassy in Damascus.</p><script>var x = 1;</script></body></html>",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("ingest", folder.toString(), "--db", db());
        assertThat(r.exitCode()).as(r.err()).isZero();
        CliRun events =
                CliRun.of("events", "--db", db(), "--from", "2025-02-01", "--to", "2025-02-28", "--format", "json");
        assertThat(events.out())
                .contains("\"eventDate\" : \"2025-02-17\"")
                .contains("reopened its embassy")
                .doesNotContain("var x");
    }

    @Test
    void aBackgroundEventIsStoredAndShownAsOne() throws Exception {
        // two events in one sentence: the condemnation is the act the sentence reports (main), the strike a
        // background event ("after ..."); both are stored, each with its flag (ExtractedEvent.main)
        Path file = dir.resolve("strike.jsonl");
        Files.writeString(
                file,
                "{\"published\":\"2025-08-29\",\"title\":\"Strike\",\"text\":\"Turkey condemned Israel after"
                        + " Israeli jets struck Damascus.\"}\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("ingest", file.toString(), "--db", db());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Store s = Store.open(db())) {
            List<EventRecord> events = s.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty());
            assertThat(events)
                    .extracting(EventRecord::actor1, EventRecord::actor2, EventRecord::main)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("ISR", "SYR", false),
                            org.assertj.core.groups.Tuple.tuple("TUR", "ISR", true));
        }
        CliRun table = CliRun.of("events", "--db", db());
        assertThat(table.out().lines().filter(l -> l.contains("(background)")))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("ISR").contains("SYR"));
        assertThat(CliRun.of("events", "--db", db(), "--format", "json").out())
                .contains("\"main\" : false")
                .contains("\"main\" : true");
        assertThat(CliRun.of("events", "--db", db(), "--format", "csv").out().lines())
                .first()
                .satisfies(h -> assertThat(h).endsWith(",sentence,main"));
        CliRun timeline = CliRun.of(
                "relations", "timeline", "ISR", "SYR", "--from", "2025-08-01", "--to", "2025-09-30", "--db", db());
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.out().lines().filter(l -> l.contains("Turkey condemned Israel")))
                .as("the strike is evidence on the ISR-SYR timeline, marked as background")
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith("(background)"));
        CliRun json = CliRun.of(
                "relations",
                "timeline",
                "TUR",
                "ISR",
                "--from",
                "2025-08-01",
                "--to",
                "2025-09-30",
                "--db",
                db(),
                "--format",
                "json");
        assertThat(json.out()).contains("Turkey condemned Israel").contains("\"main\" : true");
    }

    @Test
    void eventsRejectsAnInvertedRange() {
        CliRun r = CliRun.of("events", "--db", db(), "--from", "2025-02-01", "--to", "2025-01-01");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--to 2025-01-01 is before --from 2025-02-01");
    }
}
