package dev.crossroads.store;

import static dev.crossroads.store.Fixtures.article;
import static dev.crossroads.store.Fixtures.extracted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imported events, their reports and happenings, on every database behind {@link Store}. */
abstract class ImportContract {
    abstract String newDatabaseUrl() throws Exception;

    void dropDatabase(String url) throws Exception {}

    String url;
    Store store;
    static final LocalDate DAY = LocalDate.of(2025, 7, 12);

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

    static EventRecord imported(String dataset, String sourceId, String a1, String a2, Optional<String> mediator) {
        return new EventRecord(
                dataset + "-" + sourceId,
                EventRecord.Origin.IMPORTED,
                Optional.empty(),
                Optional.empty(),
                DAY,
                a1,
                a2,
                mediator,
                "043",
                Optional.of("CONSULT"),
                OptionalInt.of(1),
                OptionalDouble.of(2.8),
                EventRecord.Mode.ASSERTED,
                1.0,
                Optional.empty(),
                Optional.of(new EventRecord.Imported(
                        dataset,
                        sourceId,
                        Optional.of("https://news.example/" + sourceId),
                        Optional.of("GOV"),
                        Optional.of("GOV"),
                        mediator.map(m -> "GOV"),
                        3,
                        7,
                        Optional.of("host"),
                        a1 + " hosts " + a2)));
    }

    @Test
    void importedEventsKeepTheirProvenanceAndAReRunAddsNothing() {
        List<EventRecord> rows = List.of(
                imported("gdelt", "1001", "AZE", "SYR", Optional.empty()),
                imported("polecat", "p-1", "TUR", "ISR", Optional.of("AZE")));
        ImportResult first = store.events().importEvents("test", sink -> rows.forEach(sink::add));
        assertThat(first).isEqualTo(new ImportResult(2, 0, 0, 0));
        ImportResult again = store.events().importEvents("test", sink -> rows.forEach(sink::add));
        assertThat(again).isEqualTo(new ImportResult(0, 2, 0, 0));
        assertThat(store.events().countEvents()).isEqualTo(2);
        List<EventRecord> back = store.events()
                .findEvents(
                        Optional.of("AZE"),
                        Optional.empty(),
                        Optional.empty(),
                        EnumSet.of(EventRecord.Origin.IMPORTED));
        assertThat(back).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(store.events()
                        .findEvents(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                EnumSet.of(EventRecord.Origin.EXTRACTED)))
                .isEmpty();
    }

    static EventRecord importedOn(String sourceId, LocalDate day, String a1, String a2, Optional<String> mediator) {
        EventRecord e = imported("gdelt", sourceId, a1, a2, mediator);
        return new EventRecord(
                e.id(),
                e.origin(),
                e.articleId(),
                e.packId(),
                day,
                e.actor1(),
                e.actor2(),
                e.mediator(),
                e.cameo(),
                e.plover(),
                e.quadClass(),
                e.goldstein(),
                e.mode(),
                e.weight(),
                e.evidence(),
                e.imported());
    }

    @Test
    void aScopeFiltersInSqlExactlyAsTheStatesAndDatesSay() {
        List<String> states = List.of("AZE", "SYR", "TUR", "ISR", "USA", "RUS");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(15);
        List<EventRecord> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String a = states.get(rnd.nextInt(states.size()));
            String b = states.get(rnd.nextInt(states.size()));
            Optional<String> m =
                    rnd.nextInt(4) == 0 ? Optional.of(states.get(rnd.nextInt(states.size()))) : Optional.empty();
            rows.add(importedOn("" + i, DAY.plusDays(rnd.nextInt(20) - 10), a, b, m));
        }
        ArticleRecord article = article("Visit", "Syria's president visited Baku.");
        EventRecord sentence = extracted("x1", article, DAY, "SYR", "AZE");
        store.events().ingest(List.of(new ArticleWithEvents(article, List.of(sentence))));
        store.events().importEvents("test", sink -> rows.forEach(sink::add));
        java.util.Set<String> wanted = java.util.Set.of("AZE", "SYR", "TUR");
        EventRepository.Scope scope =
                new EventRepository.Scope(wanted, Optional.of(DAY.minusDays(5)), Optional.of(DAY));

        List<EventRecord> all = store.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty());
        java.util.function.Predicate<EventRecord> in = e -> wanted.contains(e.actor1())
                && wanted.contains(e.actor2())
                && !e.eventDate().isBefore(DAY.minusDays(5))
                && !e.eventDate().isAfter(DAY);
        List<EventRecord> expected = all.stream().filter(in).toList();
        assertThat(expected).hasSizeBetween(10, all.size() - 10);
        assertThat(store.events().findEvents(scope, EnumSet.allOf(EventRecord.Origin.class)))
                .isEqualTo(expected);
        assertThat(store.events().findEvents(scope, EnumSet.of(EventRecord.Origin.EXTRACTED)))
                .containsExactly(sentence);

        List<EventRepository.Happening> happenings = store.events()
                .findHappenings(
                        Optional.empty(), Optional.empty(), Optional.empty(), EnumSet.of(EventRecord.Origin.IMPORTED));
        List<EventRepository.Happening> scoped =
                store.events().findHappenings(scope, EnumSet.of(EventRecord.Origin.IMPORTED));
        assertThat(scoped)
                .isEqualTo(happenings.stream()
                        .filter(h -> h.events().stream().allMatch(in))
                        .toList());
        assertThat(store.events()
                        .findHappenings(
                                EventRepository.Scope.between(java.util.Set.of("USA", "RUS")),
                                EnumSet.of(EventRecord.Origin.IMPORTED)))
                .allSatisfy(h -> assertThat(h.events())
                        .allSatisfy(
                                e -> assertThat(List.of(e.actor1(), e.actor2())).isSubsetOf("USA", "RUS")));
        assertThatThrownBy(() -> new EventRepository.Scope(java.util.Set.of("aze"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("ISO 3166-1 alpha-3");
    }

    @Test
    void aFailedImportStoresNothing() {
        assertThatThrownBy(() -> store.events().importEvents("test", sink -> {
                    for (int i = 0; i < 2_500; i++) { // past one batch: some rows were sent to the database
                        sink.add(imported("gdelt", "" + i, "AZE", "SYR", Optional.empty()));
                    }
                    throw new IllegalStateException("line 2501: bad date");
                }))
                .hasMessage("line 2501: bad date");
        assertThat(store.events().countEvents()).isZero();
        assertThat(store.events().countHappenings()).isZero();
    }

    @Test
    void reportsOfOneHappeningFromArticlesAndDatasetsAreOneHappening() {
        ArticleRecord a = article("Visit", "Syria's president visited Baku.");
        EventRecord sentence = extracted("x1", a, DAY, "SYR", "AZE");
        EventRecord sentenceNoMediator = new EventRecord(
                sentence.id(),
                sentence.origin(),
                sentence.articleId(),
                sentence.packId(),
                sentence.eventDate(),
                sentence.actor1(),
                sentence.actor2(),
                Optional.empty(),
                "042",
                sentence.plover(),
                sentence.quadClass(),
                sentence.goldstein(),
                sentence.mode(),
                sentence.weight(),
                sentence.evidence());
        store.events().ingest(List.of(new ArticleWithEvents(a, List.of(sentenceNoMediator))));
        store.events().importEvents("test", sink -> {
            sink.add(imported("gdelt", "1001", "AZE", "SYR", Optional.empty()));
            sink.add(imported("icews", "77-20250712", "AZE", "SYR", Optional.empty()));
            sink.add(imported("polecat", "p-1", "TUR", "ISR", Optional.of("AZE")));
            sink.addReport(new EventRepository.Report(
                    "gdelt-1001", "https://other.example/a", "other.example", DAY, OptionalInt.of(80)));
            sink.addReport(new EventRepository.Report(
                    "gdelt-9999", "https://other.example/b", "other.example", DAY, OptionalInt.empty()));
        });
        List<EventRepository.Happening> hs = store.events()
                .findHappenings(
                        Optional.of("AZE"),
                        Optional.empty(),
                        Optional.empty(),
                        EnumSet.allOf(EventRecord.Origin.class));
        assertThat(hs).hasSize(2);
        EventRepository.Happening visit = hs.stream()
                .filter(h -> h.id().equals("h-2025-07-12-AZE-SYR--04"))
                .findFirst()
                .orElseThrow();
        assertThat(visit.events())
                .extracting(EventRecord::id)
                .containsExactlyInAnyOrder("x1", "gdelt-1001", "icews-77-20250712");
        assertThat(visit.independentReports()).isEqualTo(3);
        assertThat(visit.reports()).extracting(EventRepository.Report::url).containsExactly("https://other.example/a");
        EventRepository.Happening mediation = hs.stream()
                .filter(h -> h.id().equals("h-2025-07-12-ISR-TUR-AZE-04"))
                .findFirst()
                .orElseThrow();
        assertThat(mediation.events().get(0).mediator()).contains("AZE");
        assertThat(store.events().countReports()).isEqualTo(1);
        assertThat(store.events().countHappenings()).isEqualTo(2);
    }

    /** A new database migrated only up to {@code version}, the contract's own store closed first. */
    private String databaseAtVersion(String version) throws Exception {
        store.close();
        store = null;
        String fresh = newDatabaseUrl();
        Flyway.configure()
                .dataSource(fresh, null, null)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
        return fresh;
    }

    @Test
    void upgradingAVersion1DatabaseKeepsItsEvents() throws Exception {
        String fresh = databaseAtVersion("1");
        try (Connection c = DriverManager.getConnection(fresh)) {
            c.createStatement()
                    .executeUpdate("INSERT INTO articles (id, source, title, text, ingested_at)"
                            + " VALUES ('a1', 'Wire', 'T', 'Text', '2025-01-01T00:00:00.000000Z')");
            c.createStatement()
                    .executeUpdate(
                            "INSERT INTO events (id, article_id, event_date, actor1, actor2, cameo, mode, weight,"
                                    + " sentence, sentence_index, origin) VALUES ('e1', 'a1', '2025-01-02', 'AZE', 'SYR', '042',"
                                    + " 'asserted', 1.0, 'AZE met SYR.', 0, 'extracted')");
        }
        try (Store upgraded = Store.open(fresh)) {
            List<EventRecord> events =
                    upgraded.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty());
            assertThat(events).extracting(EventRecord::id).containsExactly("e1");
            assertThat(events.get(0).evidence().orElseThrow().sentence()).isEqualTo("AZE met SYR.");
            assertThat(upgraded.events()
                            .findHappenings(
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    EnumSet.allOf(EventRecord.Origin.class)))
                    .extracting(EventRepository.Happening::id)
                    .containsExactly("e1");
        }
        try (Connection c = DriverManager.getConnection(fresh);
                ResultSet rs = c.createStatement().executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("4");
        }
        dropDatabase(fresh);
    }

    @Test
    void upgradingAVersion3DatabaseKeepsItsRowsAsMainEvents() throws Exception {
        String fresh = databaseAtVersion("3");
        try (Connection c = DriverManager.getConnection(fresh)) {
            c.createStatement()
                    .executeUpdate("INSERT INTO articles (id, source, title, text, ingested_at)"
                            + " VALUES ('a1', 'Wire', 'T', 'Text', '2025-01-01T00:00:00.000000Z')");
            c.createStatement()
                    .executeUpdate("INSERT INTO packs (id, name, title, as_of, content_hash, loaded_at, summary_json)"
                            + " VALUES ('p1', 'p1', 'P', '2025-01-01', 'h1', '2025-01-01T00:00:00.000000Z', '{}')");
            c.createStatement()
                    .executeUpdate(
                            "INSERT INTO events (id, article_id, event_date, actor1, actor2, cameo, mode, weight,"
                                    + " sentence, sentence_index, origin) VALUES ('e1', 'a1', '2025-01-02', 'AZE',"
                                    + " 'SYR', '042', 'asserted', 1.0, 'AZE met SYR.', 0, 'extracted')");
            c.createStatement()
                    .executeUpdate("INSERT INTO events (id, pack_id, event_date, actor1, actor2, cameo, mode, weight,"
                            + " origin) VALUES ('c1', 'p1', '2025-01-03', 'AZE', 'TUR', '057', 'asserted', 1.0,"
                            + " 'curated')");
            c.createStatement()
                    .executeUpdate("INSERT INTO events (id, event_date, actor1, actor2, cameo, mode, weight, origin,"
                            + " dataset, source_id, num_sources, num_mentions, sentence) VALUES ('gdelt-9',"
                            + " '2025-01-04', 'TUR', 'ISR', '043', 'asserted', 1.0, 'imported', 'gdelt', '9', 1, 2,"
                            + " 'TUR hosts ISR')");
        }
        try (Store upgraded = Store.open(fresh)) {
            List<EventRecord> events =
                    upgraded.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty());
            assertThat(events)
                    .as("every row kept, each its record's main event (the default of V4)")
                    .extracting(EventRecord::id, EventRecord::origin, EventRecord::main)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("e1", EventRecord.Origin.EXTRACTED, true),
                            org.assertj.core.groups.Tuple.tuple("c1", EventRecord.Origin.CURATED, true),
                            org.assertj.core.groups.Tuple.tuple("gdelt-9", EventRecord.Origin.IMPORTED, true));
            assertThat(events.get(0).evidence().orElseThrow().sentence()).isEqualTo("AZE met SYR.");
            assertThat(events.get(2).imported().orElseThrow().mentions()).isEqualTo(2);
            // a background event can be added after the upgrade and reads back as one
            ArticleRecord a = article("After", "After the talks, Syria thanked Azerbaijan.");
            EventRecord background =
                    extracted("e2", a, LocalDate.of(2025, 1, 5), "SYR", "AZE").withMain(false);
            upgraded.events().ingest(List.of(new ArticleWithEvents(a, List.of(background))));
            assertThat(upgraded.events()
                            .findEvents(Optional.of("SYR"), Optional.of(LocalDate.of(2025, 1, 5)), Optional.empty()))
                    .containsExactly(background);
        }
        try (Connection c = DriverManager.getConnection(fresh);
                ResultSet rs = c.createStatement().executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("4");
        }
        dropDatabase(fresh);
    }
}
