package dev.crossroads.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.relations.RelationsEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {
    static final RegionPack PACK = PackLoader.load(TestPacks.minimal());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    static ScenarioRunner runner() {
        return new ScenarioRunner(PACK, RelationsEngine.of(PACK, List.of(), RelationsEngine.Settings.DEFAULT), CLOCK);
    }

    static ScenarioSpec spec(List<String> cut) {
        return new ScenarioSpec(
                "test",
                Optional.empty(),
                cut,
                List.of(),
                List.of(new ScenarioSpec.Dyad("BBB", "CCC")),
                Optional.of(LocalDate.parse("2025-08-01")));
    }

    @Test
    void composesTheThreePillarsWithTraceableNotes() {
        BriefData b = runner().run(spec(List.of("p3")));
        assertThat(b.year()).as("latest reported year").isEqualTo(2025);
        assertThat(b.energy().base()).isEqualTo("reported");
        BriefData.Market mc = b.energy().markets().stream()
                .filter(m -> m.id().equals("mc"))
                .findFirst()
                .orElseThrow();
        assertThat(mc.reportedBcm()).contains(0.5);
        assertThat(mc.baseBcm()).isGreaterThanOrEqualTo(0.5 - 1e-6);
        assertThat(b.energy().disruption()).isPresent();
        // the disruption's lostBcm is what the losing markets lose, not netted against gains
        double lostSum = b.energy().markets().stream()
                .mapToDouble(BriefData.Market::volumeLostBcm)
                .sum();
        assertThat(lostSum)
                .isCloseTo(b.energy().disruption().get().lostBcm(), org.assertj.core.data.Offset.offset(1e-6));
        // the reported row's note names its source, which resolves through sources.csv
        BriefData.Note n = b.notes().get(mc.reportedNote() - 1);
        assertThat(n.sourceIds()).containsExactly("s1");
        assertThat(b.sources()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo("s1");
            assertThat(s.publisher()).isEqualTo("Test Agency");
            assertThat(s.url()).isEqualTo("https://example.org/report");
        });
        BriefData.Note engine = b.notes().get(b.energy().engineNote() - 1);
        assertThat(engine.text())
                .startsWith("engine run: energy disrupt year=2025 base=reported cut=p3")
                .endsWith("solved 2026-01-02T03:04:05Z");

        assertThat(b.relations().dyads()).hasSize(1);
        assertThat(b.relations().dyads().get(0).mediators().get(0).state()).isEqualTo("AAA"); // hosted talks e1
        assertThat(b.relations().dyads().get(0).mediators().get(0).components()).isNotEmpty();
        assertThat(b.relations().strongest()).isNotEmpty();

        assertThat(b.rebuild().reference()).isPresent();
        assertThat(b.rebuild().reference().get().centralUsd()).isEqualTo(216e9);
        assertThat(b.rebuild().lowUsd()).isLessThanOrEqualTo(b.rebuild().centralUsd());
        assertThat(b.rebuild().centralUsd()).isLessThanOrEqualTo(b.rebuild().highUsd());
        double sectors = b.rebuild().sectors().stream()
                .mapToDouble(BriefData.Share::centralUsd)
                .sum();
        assertThat(sectors).isLessThanOrEqualTo(b.rebuild().centralUsd() * (1 + 1e-9));
        for (BriefData.Note x : b.notes()) {
            assertThat(x.number()).isEqualTo(b.notes().indexOf(x) + 1);
        }
    }

    @Test
    void withoutACutNothingIsLost() {
        BriefData b = runner().run(spec(List.of()));
        assertThat(b.energy().disruption()).isEmpty();
        assertThat(b.energy().markets()).allSatisfy(m -> assertThat(m.lostBcm()).isZero());
    }

    @Test
    void unknownCutAndBadSpecsSayWhatToChange() {
        assertThatThrownBy(() -> runner().run(spec(List.of("nowhere"))))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("nowhere");
        assertThatThrownBy(() -> new ScenarioSpec.Dyad("SYR", "SYR")).hasMessageContaining("two different");
        assertThatThrownBy(() ->
                        new ScenarioSpec("x", Optional.of(1800), List.of(), List.of(), List.of(), Optional.empty()))
                .hasMessageContaining("1990");
    }
}
