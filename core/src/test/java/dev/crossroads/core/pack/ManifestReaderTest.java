package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
    private final Problems problems = new Problems();

    private java.util.List<String> problems() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void readsTheManifestWithDefaultTieThresholds() {
        PackMeta m = ManifestReader.parse("name: p\ntitle: T\nasOf: 2025-12-31\ndescription: d\nhome: AAA\n", problems);
        assertThat(m.name()).isEqualTo("p");
        assertThat(m.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(m.home()).isEqualTo("AAA");
        assertThat(m.tieThresholds()).isEqualTo(dev.crossroads.core.model.TieThresholds.DEFAULT);
        assertThat(problems()).isEmpty();
    }

    @Test
    void aMissingKeyIsReportedAtNoLineAndAnImpossibleDateIsNotRolledOver() {
        assertThat(ManifestReader.parse("name: p\nasOf: 2025-02-30\n", problems))
                .isNull();
        assertThat(problems())
                .contains("pack.yaml: home is required in pack.yaml")
                .contains("pack.yaml:2: asOf '2025-02-30' is not a date: use YYYY-MM-DD");
    }

    @Test
    void tieThresholdsAreReadAndCheckedKeyByKey() {
        PackMeta m = ManifestReader.parse(
                "name: p\nasOf: 2025-01-01\nhome: AAA\nrelations:\n  hostileAtOrBelow: -4\n  friendlyAtOrAbove: 3\n",
                problems);
        assertThat(m.tieThresholds().hostileAtOrBelow()).isEqualTo(-4.0);
        assertThat(m.tieThresholds().friendlyAtOrAbove()).isEqualTo(3.0);

        assertThat(ManifestReader.parse("name: p\nasOf: 2025-01-01\nhome: AAA\nrelations:\n  hostile: -4\n", problems))
                .isNull();
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("pack.yaml:5: unknown key relations.hostile"));
    }

    @Test
    void brokenYamlIsReportedAtItsLineAndColumn() {
        assertThat(ManifestReader.parse("name: p\nasOf: [2025\n", problems)).isNull();
        assertThat(problems())
                .singleElement()
                .satisfies(p -> assertThat(p).matches("pack\\.yaml:\\d+:\\d+: not valid YAML: .*"));
    }

    @Test
    void aListIsNotAManifest() {
        assertThat(ManifestReader.parse("- a\n- b\n", problems)).isNull();
        assertThat(problems())
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("pack.yaml:1:1: pack.yaml must be a mapping"));
    }

    @Test
    void aDefaultScenarioIsReadWithItsIdsDyadsYearAndDate() {
        PackMeta m = ManifestReader.parse(
                "name: p\nasOf: 2025-01-01\nhome: AAA\ndefaultScenario:\n  name: Pipe cut\n  cut: [p1, n2]\n"
                        + "  transit: BBB\n  dyads: [[BBB, CCC]]\n  year: 2024\n  at: 2024-06-30\n",
                problems);
        assertThat(problems()).isEmpty();
        DefaultScenario d = m.defaultScenario().orElseThrow();
        assertThat(d.name()).isEqualTo("Pipe cut");
        assertThat(d.cut()).containsExactly("p1", "n2");
        assertThat(d.transit()).containsExactly("BBB");
        assertThat(d.dyads()).containsExactly(new DefaultScenario.Dyad("BBB", "CCC"));
        assertThat(d.year()).contains(2024);
        assertThat(d.at()).contains(LocalDate.of(2024, 6, 30));
        assertThat(ManifestReader.parse("name: p\nasOf: 2025-01-01\nhome: AAA\n", problems)
                        .defaultScenario())
                .isEmpty();
    }

    @Test
    void aDefaultScenarioNeedsANameAndKnownKeys() {
        assertThat(ManifestReader.parse(
                        "name: p\nasOf: 2025-01-01\nhome: AAA\ndefaultScenario:\n  cut: [p1]\n", problems))
                .isNull();
        assertThat(ManifestReader.parse(
                        "name: p\nasOf: 2025-01-01\nhome: AAA\ndefaultScenario:\n  name: x\n  cuts: [p1]\n", problems))
                .isNull();
        assertThat(ManifestReader.parse(
                        "name: p\nasOf: 2025-01-01\nhome: AAA\ndefaultScenario:\n  name: x\n  dyads: [[AAA, AAA]]\n",
                        problems))
                .isNull();
        assertThat(problems())
                .containsExactly(
                        "pack.yaml:4: defaultScenario.name is required: a short title such as 'Pipeline cut'",
                        "pack.yaml:6: defaultScenario.dyads holds pairs of two different ISO3 codes such as [SYR, ISR],"
                                + " got [AAA, AAA]",
                        "pack.yaml:6: unknown key defaultScenario.cuts: the mapping takes name, year, cut, transit, dyads, at");
    }
}
