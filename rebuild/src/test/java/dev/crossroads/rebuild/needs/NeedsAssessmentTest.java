package dev.crossroads.rebuild.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.rebuild.RebuildEngine;
import org.junit.jupiter.api.Test;

class NeedsAssessmentTest {
    /** The core module's minimal test pack (from the source tree when the test-jar is packed). */
    static java.nio.file.Path minimalPack() {
        java.nio.file.Path src = java.nio.file.Path.of("..", "core", "src", "test", "resources", "packs", "minimal");
        return java.nio.file.Files.isDirectory(src) ? src : TestPacks.minimal();
    }

    @Test
    void needsAreDamageTimesUnitCostBySectorWithTheReferenceCoverage() {
        Needs n = RebuildEngine.needs(PackLoader.load(minimalPack()).rebuild());
        // housing 200 x 100,000; power 100 x 800,000; hospitals 2 x 10,000,000 (central)
        assertThat(n.total().centralUsd()).isCloseTo(20e6 + 80e6 + 20e6, within(1.0));
        // low: 100 x 50,000 + 50 x 200,000 + 1 x 5,000,000; high: 300 x 150,000 + 150 x 1,400,000 + 3 x 20,000,000
        assertThat(n.total().lowUsd()).isCloseTo(5e6 + 10e6 + 5e6, within(1.0));
        assertThat(n.total().highUsd()).isCloseTo(45e6 + 210e6 + 60e6, within(1.0));
        assertThat(n.groups()).extracting(Needs.Total::group).containsExactly("social", "infrastructure");
        assertThat(n.sectors())
                .filteredOn(s -> s.sector().equals("energy"))
                .singleElement()
                .satisfies(s -> assertThat(s.centralUsd()).isCloseTo(80e6, within(1.0)));
        assertThat(n.references()).singleElement().satisfies(r -> {
            assertThat(r.coveragePercent()).isCloseTo(100 * 120e6 / 216e9, within(1e-9));
            assertThat(r.assessment()).contains("incomplete");
        });
    }
}
