package dev.crossroads.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.core.testing.Requirements;
import dev.crossroads.relations.RelationsEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default scenario comes from the pack, never from the default pack's arcs (issue 13, item 16). */
class PackScenariosTest {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    static BriefData brief(RegionPack pack, ScenarioSpec spec) {
        return new ScenarioRunner(pack, RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT), CLOCK)
                .run(spec);
    }

    @Test
    void aPackWithoutADefaultScenarioGetsItsBaseCaseAndTheBriefRuns() {
        RegionPack minimal = PackLoader.load(TestPacks.minimal());
        PackScenarios.Choice c = PackScenarios.defaultFor(minimal);
        assertThat(c.fromPack()).isFalse();
        assertThat(c.spec().cut()).isEmpty();
        assertThat(c.spec().dyads()).as("no hostile tie in the minimal pack").isEmpty();
        assertThat(c.origin()).contains("no defaultScenario in pack.yaml").contains("--scenario");
        BriefData b = brief(minimal, c.spec());
        assertThat(b.scenario().name()).isEqualTo("Base case");
    }

    @Test
    void theMostHostileTieBetweenTwoOtherStatesGetsMediators() throws Exception {
        Path dir = tmp.resolve("p");
        TestPacks.copyTree(TestPacks.minimal(), dir);
        Files.writeString(dir.resolve("relations.csv"), """
                a,b,score,kind,since,source,confidence,note
                AAA,BBB,-9,war,2021-06-15,s1,reported,the hub itself: never the default dyad
                BBB,CCC,-8,hostile,2010-01-01,s1,reported,
                BBB,CCC,-2,strained,2024-01-01,s1,reported,the era in force at the pack's date
                CCC,BBB,-7,hostile,2030-01-01,s1,reported,after the pack's date: not yet
                """);
        PackScenarios.Choice c = PackScenarios.defaultFor(PackLoader.load(dir));
        assertThat(c.spec().dyads()).isEmpty();
        Files.writeString(dir.resolve("relations.csv"), """
                a,b,score,kind,since,source,confidence,note
                AAA,BBB,-9,war,2021-06-15,s1,reported,
                BBB,CCC,-6,hostile,2024-01-01,s1,reported,
                """);
        c = PackScenarios.defaultFor(PackLoader.load(dir));
        assertThat(c.spec().dyads()).containsExactly(new ScenarioSpec.Dyad("BBB", "CCC"));
        assertThat(c.origin()).contains("mediators for BBB–CCC, its most hostile tie (-6.0, hostile)");
    }

    @Test
    void aDefaultScenarioInPackYamlIsUsed() throws Exception {
        Path dir = tmp.resolve("q");
        TestPacks.copyTree(TestPacks.minimal(), dir);
        Files.writeString(
                dir.resolve("pack.yaml"),
                Files.readString(dir.resolve("pack.yaml"))
                        + "defaultScenario:\n  name: Line three cut\n  cut: [p3]\n  dyads: [[BBB, CCC]]\n  at: 2025-08-01\n");
        RegionPack pack = PackLoader.load(dir);
        PackScenarios.Choice c = PackScenarios.defaultFor(pack);
        assertThat(c.fromPack()).isTrue();
        assertThat(c.spec().cut()).containsExactly("p3");
        BriefData b = brief(pack, c.spec());
        assertThat(b.scenario().name()).isEqualTo("Line three cut");
        assertThat(b.energy().disruption()).isPresent();
    }

    @Test
    void theDefaultPacksDefaultScenarioIsTheKilisAleppoCut() {
        Requirements.defaultPack(DEFAULT_PACK);
        PackScenarios.Choice c = PackScenarios.defaultFor(PackLoader.load(DEFAULT_PACK));
        assertThat(c.fromPack()).isTrue();
        assertThat(c.spec()).isEqualTo(ScenarioSpec.demonstration());
    }
}
