package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.RelationsEvents;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.testing.Requirements;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.RelationsException;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.PostgresServer;
import dev.crossroads.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relations questions read only the store's events they need ({@link RelationsEvents.Reads}) and answer as
 * when every event is read: on the default pack with the team's corpus ingested, then with the importers' test
 * files (GDELT with mentions, ICEWS, POLECAT, ACLED) imported as well, which name states outside the pack and a
 * mediation; on SQLite and on PostgreSQL.
 */
class ScopedReadsIT {
    static final Path PACK = Path.of("..", "packs", "caucasus-levant");
    static final Path CORPUS = Path.of("..", "corpus", "caucasus-levant", "articles.jsonl");

    @TempDir
    Path dir;

    @AfterAll
    static void stopPostgres() throws Exception {
        PostgresServer.stopEmbedded();
    }

    @Test
    void sqlite() throws IOException {
        check("jdbc:sqlite:" + dir.resolve("scoped.db"));
    }

    @Test
    void postgres() throws Exception {
        check(PostgresServer.newSchemaUrl());
    }

    void check(String db) throws IOException {
        Requirements.defaultPack(PACK);
        Requirements.assume(Files.isRegularFile(CORPUS), "the corpus " + CORPUS, Requirements.DEFAULT_PACK_HOW);
        RegionPack pack = PackLoader.load(PACK);
        run("ingest", CORPUS.toString(), "--db", db, "--pack", PACK.toString());
        try (Store store = Store.open(db)) {
            // the corpus names only the pack's states: every reading, the region's included, is the whole store's
            List<LedgerEvent> all = RelationsEvents.Reads.all().read(store, pack);
            assertThat(all).isNotEmpty();
            assertThat(RelationsEvents.Reads.pack().read(store, pack))
                    .usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(all);
            sameAnswers(store, pack, all, true);
        }
        run("import", "gdelt", file("gdelt-events.csv"), file("gdelt-mentions.csv"), "--db", db);
        run("import", "icews", file("icews-good.tab"), "--db", db);
        run("import", "polecat", file("polecat-good.tsv"), "--db", db);
        run("import", "acled", file("acled-good.csv"), "--db", db);
        // and a generated GDELT file over 30 states, some outside the pack (seeded: the same rows every run)
        Path generated = dir.resolve("generated.export.CSV");
        try (java.io.Writer w = Files.newBufferedWriter(generated, java.nio.charset.StandardCharsets.UTF_8)) {
            new dev.crossroads.bench.events.GdeltGenerator(15).write(w, 3_000);
        }
        run("import", "gdelt", generated.toString(), "--db", db);
        try (Store store = Store.open(db)) {
            List<LedgerEvent> all = RelationsEvents.Reads.all().read(store, pack);
            Set<String> packStates = RelationsEvents.packStates(pack);
            assertThat(all)
                    .as("the imported files name states outside the pack and a mediation")
                    .anyMatch(e -> !packStates.contains(e.actor1()) || !packStates.contains(e.actor2()))
                    .anyMatch(e -> e.mediator().isPresent());
            sameAnswers(store, pack, all, false);
            // the region's reading is the events between two of the pack's states, whoever mediates
            assertThat(RelationsEvents.Reads.pack().read(store, pack))
                    .usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(all.stream()
                            .filter(e -> packStates.contains(e.actor1()) && packStates.contains(e.actor2()))
                            .toList());
        }
    }

    /**
     * Every dyad's timeline and tie, every state's balance, audit and eligible partners, from the scoped reads,
     * against the engine on {@code all}; with {@code region}, the graph, structural balance and mediator rankings
     * from the pack's reading too.
     */
    void sameAnswers(Store store, RegionPack pack, List<LedgerEvent> all, boolean region) {
        RelationsEngine full = RelationsEngine.of(pack, all, RelationsEngine.Settings.DEFAULT);
        LocalDate at = pack.meta().asOf();
        LocalDate from = at.minusYears(3);
        Set<String> states = new TreeSet<>(RelationsEvents.packStates(pack));
        all.forEach(e -> {
            states.add(e.actor1());
            states.add(e.actor2());
        });
        List<String> list = new ArrayList<>(states);
        RelationsEngine forPack = region ? scoped(store, pack, RelationsEvents.Reads.pack()) : null;
        int compared = 0;
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            RelationsEngine forState = scoped(store, pack, RelationsEvents.Reads.states(Set.of(a)));
            assertThat(Json.write(forState.balance(a, at.minusYears(1), at)))
                    .as("balance of %s", a)
                    .isEqualTo(Json.write(full.balance(a, at.minusYears(1), at)));
            assertThat(Json.write(forState.audit(a, at))).as("audit of %s", a).isEqualTo(Json.write(full.audit(a, at)));
            assertThat(Json.write(forState.eligibility(a, at)))
                    .as("partners eligible in %s", a)
                    .isEqualTo(Json.write(full.eligibility(a, at)));
            for (int j = i + 1; j < list.size(); j++) {
                String b = list.get(j);
                RelationsEngine forDyad =
                        scoped(store, pack, RelationsEvents.Reads.dyads(List.of(EventRepository.Dyad.of(a, b))));
                if (!known(forDyad, a) || !known(forDyad, b)) {
                    // two states outside the pack that never met: the whole store gives a flat curve at zero, the
                    // dyad's reading "no relations known" (the one answer that differs; nothing is lost)
                    assertThat(full.score(a, b, at).contributions()).isEmpty();
                    assertThat(full.score(a, b, at).baselineKind()).isEqualTo("none");
                    assertThatThrownBy(() -> forDyad.timeline(a, b, from, at, 30))
                            .isInstanceOf(RelationsException.class)
                            .hasMessageContaining("no relations known");
                    continue;
                }
                assertThat(Json.write(forDyad.timeline(a, b, from, at, 30)))
                        .as("timeline %s-%s", a, b)
                        .isEqualTo(Json.write(full.timeline(a, b, from, at, 30)));
                assertThat(Json.write(forDyad.tie(a, b, at)))
                        .as("tie %s-%s", a, b)
                        .isEqualTo(Json.write(full.tie(a, b, at)));
                if (forPack != null) {
                    assertThat(Json.write(forPack.mediators(a, b, at)))
                            .as("mediators for %s-%s", a, b)
                            .isEqualTo(Json.write(full.mediators(a, b, at)));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
        if (forPack != null) {
            assertThat(Json.write(forPack.graph(at))).isEqualTo(Json.write(full.graph(at)));
            assertThat(Json.write(forPack.structure(at.minusYears(1), at)))
                    .isEqualTo(Json.write(full.structure(at.minusYears(1), at)));
        }
    }

    static boolean known(RelationsEngine e, String state) {
        return e.pack().countries().stream().anyMatch(c -> c.iso3().equals(state))
                || e.ledger().states().contains(state);
    }

    static RelationsEngine scoped(Store store, RegionPack pack, RelationsEvents.Reads reads) {
        return RelationsEngine.of(pack, reads.read(store, pack), RelationsEngine.Settings.DEFAULT);
    }

    String file(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/crossroads/app/imports/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p.toString();
    }

    static void run(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }
}
