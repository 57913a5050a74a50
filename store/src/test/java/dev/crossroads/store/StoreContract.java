package dev.crossroads.store;

import static dev.crossroads.store.Fixtures.T0;
import static dev.crossroads.store.Fixtures.article;
import static dev.crossroads.store.Fixtures.extracted;
import static dev.crossroads.store.Fixtures.item;
import static dev.crossroads.store.Fixtures.pack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database behind {@link Store} must show. A subclass supplies a fresh, empty
 * database per test.
 */
abstract class StoreContract {
    /** The URL of a new, empty database for one test. */
    abstract String newDatabaseUrl() throws Exception;

    /** Releases what {@link #newDatabaseUrl()} made. */
    void dropDatabase(String url) throws Exception {}

    String url;
    Store store;

    @BeforeEach
    void openStore() throws Exception {
        url = newDatabaseUrl();
        store = Store.open(url, Fixtures.ticking());
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store != null) {
            store.close();
            dropDatabase(url);
        }
    }

    @Test
    void migrationsCreateTheSchemaAtVersion1() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT version FROM flyway_schema_history ORDER BY installed_rank")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1");
        }
        assertThat(store.packs().listPacks()).isEmpty();
        assertThat(store.events().countArticles()).isZero();
        assertThat(store.events().countEvents()).isZero();
        assertThat(store.runs().listRuns()).isEmpty();
        assertThat(store.scenarios().listScenarios()).isEmpty();
    }

    @Test
    void reopeningKeepsDataAndSkipsAppliedMigrations() {
        store.packs().savePack(pack("south-caucasus", "a".repeat(64)));
        store.close();
        try (Store again = Store.open(url)) {
            assertThat(again.packs().listPacks()).hasSize(1);
        }
    }

    @Test
    void packRoundTrip() {
        PackRecord p = pack("south-caucasus", "0123456789abcdef0123");
        assertThat(store.packs().savePack(p)).isTrue();
        assertThat(p.id()).isEqualTo("south-caucasus@0123456789ab");
        assertThat(store.packs().listPacks()).containsExactly(p);
        assertThat(store.packs().getPack(p.id())).contains(p);
        assertThat(store.packs().getPack("nope")).isEmpty();
    }

    @Test
    void savePackIsIdempotentByContentHash() {
        PackRecord p = pack("south-caucasus", "f".repeat(64));
        assertThat(store.packs().savePack(p)).isTrue();
        assertThat(store.packs().savePack(p)).isFalse();
        PackRecord sameContentOtherName = pack("renamed", "f".repeat(64));
        assertThat(store.packs().savePack(sameContentOtherName)).isFalse();
        PackRecord newVersion = pack("south-caucasus", "e".repeat(64));
        assertThat(store.packs().savePack(newVersion)).isTrue();
        assertThat(store.packs().listPacks()).extracting(PackRecord::id).hasSize(2);
    }

    @Test
    void samePackIdWithOtherContentIsRefused() {
        PackRecord p = pack("south-caucasus", "1".repeat(64));
        store.packs().savePack(p);
        PackRecord clash = new PackRecord(p.id(), p.name(), p.title(), p.asOf(), "2".repeat(64), T0, "{}");
        assertThatThrownBy(() -> store.packs().savePack(clash))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("different content");
    }

    @Test
    void sourcesAreReplacedPerPack() {
        PackRecord p = pack("south-caucasus", "3".repeat(64));
        store.packs().savePack(p);
        SourceRecord s1 = new SourceRecord(
                "s01", "IEA", "Gas market report", Optional.of("2024-10"), Optional.empty(), Optional.empty());
        SourceRecord s2 = new SourceRecord(
                "s02",
                "SOCAR",
                "Annual report",
                Optional.empty(),
                Optional.of("https://socar.example/ar"),
                Optional.of("figures in bcm"));
        store.packs().saveSources(p.id(), List.of(s2, s1));
        assertThat(store.packs().listSources(p.id())).containsExactly(s1, s2);
        store.packs().saveSources(p.id(), List.of(s1));
        assertThat(store.packs().listSources(p.id())).containsExactly(s1);
        assertThatThrownBy(() -> store.packs().saveSources("missing", List.of(s1)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Save the pack first");
    }

    @Test
    void ingestingTheSameBatchTwiceAddsNothingTheSecondTime() {
        List<ArticleWithEvents> batch = List.of(item(1), item(2), item(3));
        assertThat(store.events().ingest(batch)).isEqualTo(new IngestResult(3, 0, 3));
        assertThat(store.events().ingest(batch)).isEqualTo(new IngestResult(0, 3, 0));
        assertThat(store.events().countArticles()).isEqualTo(3);
        assertThat(store.events().countEvents()).isEqualTo(3);
    }

    @Test
    void copiesDifferingOnlyInWhitespaceAreOneArticle() {
        ArticleRecord a = article("Pipeline deal", "Azerbaijan and Syria\nsigned a gas deal.");
        ArticleRecord b = article("Pipeline  deal ", "Azerbaijan and Syria  signed a gas deal.\n");
        assertThat(a.id()).isEqualTo(b.id()).hasSize(64);
        IngestResult r = store.events()
                .ingest(List.of(new ArticleWithEvents(a, List.of()), new ArticleWithEvents(b, List.of())));
        assertThat(r).isEqualTo(new IngestResult(1, 1, 0));
    }

    @Test
    void aFailingArticleRollsBackItsWholeBatch() {
        ArticleWithEvents first = item(1);
        ArticleRecord third = article("Talks 3", "Round 3 of talks was held in Baku.");
        EventRecord bad = new EventRecord(
                "e3",
                EventRecord.Origin.EXTRACTED,
                Optional.of(third.id()),
                Optional.of("no-such-pack"), // foreign key violation
                LocalDate.of(2025, 1, 3),
                "TUR",
                "ISR",
                Optional.empty(),
                "036",
                Optional.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                EventRecord.Mode.ASSERTED,
                1.0,
                Optional.empty());
        List<ArticleWithEvents> batch = List.of(first, item(2), new ArticleWithEvents(third, List.of(bad)));

        assertThatThrownBy(() -> store.events().ingest(batch))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("ingesting a batch of 3 articles")
                .hasMessageContaining("Nothing was saved");
        assertThat(store.events().countArticles()).isZero();
        assertThat(store.events().countEvents()).isZero();

        // the good part of the batch goes in afterwards
        assertThat(store.events().ingest(List.of(first, item(2)))).isEqualTo(new IngestResult(2, 0, 2));
    }

    @Test
    void aReusedEventIdRollsBackItsWholeBatch() {
        ArticleRecord third = article("Talks 3", "Round 3 of talks was held in Baku.");
        ArticleWithEvents clash =
                new ArticleWithEvents(third, List.of(extracted("e1", third, LocalDate.of(2025, 1, 3), "TUR", "ISR")));
        assertThatThrownBy(() -> store.events().ingest(List.of(item(1), item(2), clash)))
                .isInstanceOf(StoreException.class);
        assertThat(store.events().countArticles()).isZero();
        assertThat(store.events().countEvents()).isZero();
    }

    @Test
    void eventsAreFoundByActorAndDate() {
        PackRecord p = pack("south-caucasus", "4".repeat(64));
        store.packs().savePack(p);
        EventRecord curated = EventRecord.curated(
                "ev-aze-syr", p.id(), LocalDate.of(2025, 7, 12), "AZE", "SYR", Optional.empty(), "057");
        store.events().saveCuratedEvents(p.id(), List.of(curated));
        ArticleRecord a = article("Baku talks", "Turkish and Israeli officials met in Baku.");
        EventRecord hosted = extracted("ev-tur-isr", a, LocalDate.of(2025, 4, 9), "TUR", "ISR");
        store.events().ingest(List.of(new ArticleWithEvents(a, List.of(hosted))));

        assertThat(store.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty()))
                .containsExactly(hosted, curated);
        assertThat(store.events().findEvents(Optional.of("SYR"), Optional.empty(), Optional.empty()))
                .containsExactly(curated);
        assertThat(store.events().findEvents(Optional.of("AZE"), Optional.empty(), Optional.empty()))
                .as("as actor or as mediator")
                .containsExactly(hosted, curated);
        assertThat(store.events()
                        .findEvents(
                                Optional.of("AZE"),
                                Optional.of(LocalDate.of(2025, 4, 9)),
                                Optional.of(LocalDate.of(2025, 7, 11))))
                .containsExactly(hosted);
        assertThat(store.events()
                        .findEvents(Optional.empty(), Optional.of(LocalDate.of(2025, 7, 12)), Optional.empty()))
                .containsExactly(curated);
        assertThat(store.events().findEvents(Optional.of("RUS"), Optional.empty(), Optional.empty()))
                .isEmpty();

        // saving the pack's events again replaces them
        store.events().saveCuratedEvents(p.id(), List.of(curated));
        assertThat(store.events().countEvents()).isEqualTo(2);
    }

    @Test
    void aSentencesMainAndBackgroundEventsKeepTheirFlag() {
        // "Following the bombing of its embassy, Spain recalled its ambassador": the recall is the sentence's
        // main event, the bombing a background one; both are stored, each with its flag
        ArticleRecord a = article("Recall", "Following the bombing of its embassy, Spain recalled its ambassador.");
        EventRecord recall = extracted("ev-recall", a, LocalDate.of(2025, 4, 9), "ESP", "SYR");
        EventRecord bombing = extracted("ev-bombing", a, LocalDate.of(2025, 4, 9), "SYR", "ESP")
                .withMain(false);
        assertThat(recall.main()).isTrue();
        assertThat(bombing.main()).isFalse();
        store.events().ingest(List.of(new ArticleWithEvents(a, List.of(recall, bombing))));
        PackRecord p = pack("south-caucasus", "5".repeat(64));
        store.packs().savePack(p);
        EventRecord curated = EventRecord.curated(
                "ev-aze-syr", p.id(), LocalDate.of(2025, 7, 12), "AZE", "SYR", Optional.empty(), "057");
        store.events().saveCuratedEvents(p.id(), List.of(curated));

        List<EventRecord> read = store.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(read).containsExactly(bombing, recall, curated);
        assertThat(read)
                .extracting(EventRecord::id, EventRecord::main)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ev-bombing", false),
                        org.assertj.core.groups.Tuple.tuple("ev-recall", true),
                        org.assertj.core.groups.Tuple.tuple("ev-aze-syr", true));
        assertThat(store.events()
                        .findEvents(
                                java.util.Set.of(EventRepository.Dyad.of("ESP", "SYR")),
                                java.util.EnumSet.of(EventRecord.Origin.EXTRACTED)))
                .as("the dyad reading, as the relations commands read the store")
                .containsExactlyInAnyOrder(bombing, recall);
        assertThat(EventMapping.toLedger(bombing).orElseThrow().main()).isFalse();
        assertThat(EventMapping.toLedger(recall).orElseThrow().main()).isTrue();
    }

    @Test
    void onlyAnExtractedEventCanBeABackgroundEvent() {
        PackRecord p = pack("south-caucasus", "6".repeat(64));
        EventRecord curated = EventRecord.curated(
                "ev-aze-syr", p.id(), LocalDate.of(2025, 7, 12), "AZE", "SYR", Optional.empty(), "057");
        assertThatThrownBy(() -> curated.withMain(false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ev-aze-syr")
                .hasMessageContaining("only an extracted event can be a background event");
    }

    @Test
    void hostileTextRoundTripsInertly() {
        String text = "<script>alert('x')</script> He said: '; DROP TABLE articles; -- and \"quotes\" \\ %_ "
                + "Türkiye — إسرائيل — Азербайджан 🇦🇿";
        ArticleRecord a = article("'; DROP TABLE articles; --", text);
        EventRecord e = new EventRecord(
                "'; DELETE FROM events; --",
                EventRecord.Origin.EXTRACTED,
                Optional.of(a.id()),
                Optional.empty(),
                LocalDate.of(2025, 2, 1),
                "TUR",
                "ISR",
                Optional.empty(),
                "036",
                Optional.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                EventRecord.Mode.HYPOTHETICAL,
                0.5,
                Optional.of(new EventRecord.Evidence(
                        "<script>'; DROP TABLE events; --</script>",
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())));
        store.events().ingest(List.of(new ArticleWithEvents(a, List.of(e))));

        assertThat(store.events().getArticle(a.id())).contains(a);
        assertThat(store.events().findEvents(Optional.of("TUR"), Optional.empty(), Optional.empty()))
                .containsExactly(e);
        assertThat(store.events().findEvents(Optional.of("' OR '1'='1"), Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThat(store.events().countArticles()).isEqualTo(1);
        assertThat(store.events().countEvents()).isEqualTo(1);
    }

    @Test
    void runLifecycle() {
        RunRecord created = store.runs().createRun("energy.allocate", Optional.empty(), "{\"year\":2026}");
        assertThat(created.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(store.runs().getRun(created.id())).contains(created);

        RunRecord running = store.runs().updateRunStatus(created.id(), RunStatus.RUNNING);
        assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(running.startedAt()).isPresent();
        assertThat(running.finishedAt()).isEmpty();

        RunRecord done = store.runs().finishRun(created.id(), "{\"served\":[1,2]}");
        assertThat(done.status()).isEqualTo(RunStatus.DONE);
        assertThat(done.resultJson()).contains("{\"served\":[1,2]}");
        assertThat(done.startedAt()).isEqualTo(running.startedAt());
        assertThat(done.finishedAt().orElseThrow()).isAfter(done.startedAt().orElseThrow());
        assertThat(done.error()).isEmpty();

        assertThatThrownBy(() -> store.runs().failRun(created.id(), "late"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is done and cannot become failed");
        assertThatThrownBy(() -> store.runs().updateRunStatus(created.id(), RunStatus.CANCELLED))
                .isInstanceOf(StoreException.class);
        assertThat(store.runs().getRun(created.id())).contains(done);
    }

    /** Issue 12: a saved programme is stored under its name; saved again it is replaced; a batch is all or nothing. */
    @Test
    void finishedRunsAreStoredUnderTheirNamesAllOrNothing() {
        java.time.Instant t = java.time.Instant.parse("2026-01-02T03:04:05Z");
        store.runs()
                .saveFinished(List.of(
                        new RunRepository.FinishedRun("base", "rebuild.plan", "{\"pack\":\"p\"}", "{\"a\":1}", t),
                        new RunRepository.FinishedRun("aze", "rebuild.plan", "{}", "{\"a\":2}", t.plusSeconds(60))));
        assertThat(store.runs().listRuns("rebuild.plan"))
                .extracting(RunRecord::id)
                .containsExactly("aze", "base");
        RunRecord base = store.runs().getRun("base").orElseThrow();
        assertThat(base.status()).isEqualTo(RunStatus.DONE);
        assertThat(base.createdAt()).isEqualTo(t);
        assertThat(base.resultJson()).contains("{\"a\":1}");
        store.runs()
                .saveFinished(List.of(
                        new RunRepository.FinishedRun("base", "rebuild.plan", "{}", "{\"a\":3}", t.plusSeconds(120))));
        assertThat(store.runs().getRun("base").orElseThrow().resultJson()).contains("{\"a\":3}");
        RunRecord job = store.runs().createRun("energy.allocate", Optional.empty(), "{}");
        assertThatThrownBy(() -> store.runs()
                        .saveFinished(List.of(
                                new RunRepository.FinishedRun("new", "rebuild.plan", "{}", "{}", t),
                                new RunRepository.FinishedRun(job.id(), "rebuild.plan", "{}", "{}", t))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(job.id())
                .hasMessageContaining("energy.allocate");
        assertThat(store.runs().getRun("new")).isEmpty();
        assertThat(store.runs().countRuns()).isEqualTo(3);
    }

    /** Issue 14: runs left queued or running by a crash stayed so forever; a list read every result. */
    @Test
    void unfinishedRunsFailOnRecoveryAndListsPageWithoutResults() {
        RunRecord done = store.runs().createRun("energy.allocate", Optional.empty(), "{}");
        store.runs().updateRunStatus(done.id(), RunStatus.RUNNING);
        store.runs().finishRun(done.id(), "{\"big\":\"" + "x".repeat(10_000) + "\"}");
        RunRecord running = store.runs().createRun("energy.allocate", Optional.empty(), "{}");
        store.runs().updateRunStatus(running.id(), RunStatus.RUNNING);
        RunRecord queued = store.runs().createRun("energy.allocate", Optional.empty(), "{}");

        assertThat(store.runs().failUnfinished("the server stopped")).isEqualTo(2);
        assertThat(store.runs().getRun(running.id()).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.runs().getRun(queued.id()).orElseThrow().error()).contains("the server stopped");
        assertThat(store.runs().getRun(done.id()).orElseThrow().status()).isEqualTo(RunStatus.DONE);
        assertThat(store.runs().failUnfinished("again")).isZero();

        assertThat(store.runs().countRuns()).isEqualTo(3);
        List<RunRecord> page = store.runs().listRecent(2, 0);
        assertThat(page).extracting(RunRecord::id).containsExactly(queued.id(), running.id());
        assertThat(store.runs().listRecent(2, 2)).extracting(RunRecord::id).containsExactly(done.id());
        assertThat(store.runs().listRecent(2, 2).get(0).resultJson()).isEmpty();
        assertThat(store.runs().getRun(done.id()).orElseThrow().resultJson()).isPresent();
    }

    @Test
    void runsFailOrGetCancelled() {
        RunRecord failing = store.runs().createRun("rebuild.plan", Optional.empty(), "{}");
        store.runs().updateRunStatus(failing.id(), RunStatus.RUNNING);
        RunRecord failed = store.runs().failRun(failing.id(), "no feasible schedule");
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("no feasible schedule");
        assertThat(failed.resultJson()).isEmpty();

        RunRecord queued = store.runs().createRun("rebuild.plan", Optional.empty(), "{}");
        RunRecord cancelled = store.runs().updateRunStatus(queued.id(), RunStatus.CANCELLED);
        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.startedAt()).isEmpty();
        assertThat(cancelled.finishedAt()).isPresent();

        RunRecord other = store.runs().createRun("energy.allocate", Optional.empty(), "{}");
        assertThat(store.runs().listRuns("rebuild.plan"))
                .extracting(RunRecord::id)
                .containsExactly(queued.id(), failing.id());
        assertThat(store.runs().listRuns()).extracting(RunRecord::id).first().isEqualTo(other.id());

        assertThatThrownBy(() -> store.runs().updateRunStatus(other.id(), RunStatus.DONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.runs().updateRunStatus("nope", RunStatus.RUNNING))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no run nope");
        assertThat(store.runs().getRun("nope")).isEmpty();
        assertThatThrownBy(() -> store.runs().createRun("x", Optional.empty(), "{not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scenariosAndTheirRuns() {
        ScenarioRecord s = ScenarioRecord.of("Winter shortfall", "{\"cut\":0.2}", T0);
        store.scenarios().saveScenario(s);
        assertThat(store.scenarios().getScenario(s.id())).contains(s);

        ScenarioRecord renamed = new ScenarioRecord(s.id(), "Winter shortfall v2", T0.plusSeconds(60), "{\"cut\":0.3}");
        store.scenarios().saveScenario(renamed);
        assertThat(store.scenarios().listScenarios())
                .containsExactly(new ScenarioRecord(s.id(), "Winter shortfall v2", T0, "{\"cut\":0.3}"));

        RunRecord run = store.runs().createRun("energy.allocate", Optional.of(s.id()), "{}");
        assertThat(store.runs().getRun(run.id()).orElseThrow().scenarioId()).contains(s.id());
        assertThatThrownBy(() -> store.runs().createRun("energy.allocate", Optional.of("ghost"), "{}"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no scenario ghost");
    }

    @Test
    void aScenarioAndItsFinishedRunAreStoredTogetherOrNotAtAll() {
        ScenarioRecord s = ScenarioRecord.of("Kilis cut", "{\"cut\":[\"kilis-aleppo\"]}", T0);
        String runId =
                store.scenarios().saveFinishedRun(s, "scenario.run", "{}", "{\"chain\":[]}", T0, T0.plusSeconds(2));
        RunRecord run = store.runs().getRun(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.scenarioId()).contains(s.id());
        assertThat(run.resultJson()).contains("{\"chain\":[]}");
        // the same scenario again: updated in place, a second run
        store.scenarios().saveFinishedRun(s, "scenario.run", "{}", "{\"chain\":[1]}", T0, T0);
        assertThat(store.scenarios().listScenarios()).hasSize(1);
        assertThat(store.runs().listRuns("scenario.run")).hasSize(2);
        // a result that is not JSON: nothing of it is stored
        ScenarioRecord other = ScenarioRecord.of("Other", "{}", T0);
        assertThatThrownBy(() -> store.scenarios().saveFinishedRun(other, "scenario.run", "{}", "not json", T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.scenarios().getScenario(other.id())).isEmpty();
        assertThat(store.runs().listRuns("scenario.run")).hasSize(2);
    }

    @Test
    void concurrentWritersFromTwoStoresLoseNothing() throws Exception {
        int threads = 4;
        int batches = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Store other = Store.open(url)) {
            List<Future<IngestResult>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Store target = t % 2 == 0 ? store : other;
                int thread = t;
                for (int b = 0; b < batches; b++) {
                    int batch = b;
                    results.add(pool.submit(() -> {
                        List<ArticleWithEvents> items = new ArrayList<>();
                        for (int i = 0; i < 5; i++) {
                            ArticleRecord a = article("t" + thread + " b" + batch + " i" + i, "same text");
                            items.add(new ArticleWithEvents(
                                    a, List.of(extracted(a.id(), a, LocalDate.of(2025, 1, 1 + i), "TUR", "ISR"))));
                        }
                        // every batch also repeats the first article of thread 0, batch 0 (with its
                        // event), so batches race on the same article: exactly one of them adds it
                        ArticleRecord shared = article("t0 b0 i0", "same text");
                        items.add(new ArticleWithEvents(
                                shared,
                                List.of(extracted(shared.id(), shared, LocalDate.of(2025, 1, 1), "TUR", "ISR"))));
                        return target.events().ingest(items);
                    }));
                }
            }
            int added = 0;
            for (Future<IngestResult> r : results) {
                added += r.get(60, TimeUnit.SECONDS).added();
            }
            assertThat(added).isEqualTo(threads * batches * 5);
            assertThat(store.events().countArticles()).isEqualTo(threads * batches * 5);
            assertThat(other.events().countEvents()).isEqualTo(threads * batches * 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        assertThatThrownBy(() -> store.events().countArticles())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is closed");
    }
}
