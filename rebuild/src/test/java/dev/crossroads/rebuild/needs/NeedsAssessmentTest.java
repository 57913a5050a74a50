package dev.crossroads.rebuild.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.rebuild.AssetClass.Group;
import dev.crossroads.core.rebuild.AssetClass.Sector;
import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.ReferenceFigure;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.rebuild.UnitCost;
import dev.crossroads.core.testing.Requirements;
import dev.crossroads.rebuild.RebuildEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    // A pack with one line per sector, central costs 1..8 ($ m), against the World Bank's three asset groups.
    private static final Provenance SOURCED = new Provenance(List.of("s1"), Confidence.REPORTED, "");
    private static final Provenance PLACEHOLDER = new Provenance(List.of(), Confidence.ILLUSTRATIVE, "");

    private static RebuildInputs worldBankCase() {
        Region r = new Region("XX-01", "One", "XXX", "", 0, 0, OptionalDouble.empty(), 1000, 2024, SOURCED);
        List<AssetClass> classes = List.of(
                cls("housing", Sector.HOUSING, Group.SOCIAL),
                cls("schools", Sector.EDUCATION, Group.SOCIAL),
                cls("clinics", Sector.HEALTH, Group.SOCIAL),
                cls("power", Sector.ENERGY, Group.INFRASTRUCTURE),
                cls("pumps", Sector.WATER, Group.INFRASTRUCTURE),
                cls("roads", Sector.TRANSPORT, Group.INFRASTRUCTURE),
                cls("shops", Sector.PRODUCTIVE, Group.PRODUCTIVE),
                cls("demining", Sector.CLEARANCE, Group.CROSS_CUTTING));
        List<Damage> damage = List.of(
                new Damage("XX-01", "housing", 1, 1, 1, SOURCED),
                new Damage("XX-01", "schools", 2, 2, 2, SOURCED),
                new Damage("XX-01", "clinics", 3, 3, 3, SOURCED),
                new Damage("XX-01", "power", 4, 4, 4, PLACEHOLDER),
                new Damage("XX-01", "pumps", 5, 5, 5, SOURCED),
                new Damage("XX-01", "roads", 6, 6, 6, SOURCED),
                // shops: no rows, so the non-residential figure is only partly itemised
                new Damage("XX-01", "demining", 8, 8, 8, SOURCED));
        List<UnitCost> costs = classes.stream()
                .map(c -> new UnitCost(c.id(), 1e6, 1e6, 1e6, c.id().equals("roads") ? PLACEHOLDER : SOURCED))
                .toList();
        List<ReferenceFigure> refs = List.of(
                ref("wb-needs", "Reconstruction needs", 100e6),
                ref("wb-res", "Reconstruction needs, residential", 10e6),
                ref("wb-nonres", "Reconstruction needs, non-residential", 20e6),
                ref("wb-infra", "Reconstruction needs, infrastructure", 70e6),
                ref("power-repair", "Electricity sector repair estimate", 40e6),
                ref("wb-damage", "Direct damage", 50e6));
        return new RebuildInputs(List.of(r), classes, damage, costs, List.of(), List.of(), refs);
    }

    private static AssetClass cls(String id, Sector s, Group g) {
        return new AssetClass(id, id, s, g, "unit", "crew", OptionalDouble.of(1), 1, PLACEHOLDER);
    }

    private static ReferenceFigure ref(String id, String name, double central) {
        return new ReferenceFigure(
                id, name, "XXX", 2024, OptionalDouble.empty(), central, OptionalDouble.empty(), SOURCED);
    }

    private static Needs.ReferenceComparison comparison(Needs n, String id) {
        return n.references().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachPublishedGroupIsComparedWithTheSectorsOfTheSameScope() {
        Needs n = NeedsAssessment.assess(worldBankCase());
        // non-residential = education + health + productive (schools and clinics), not "everything but housing"
        Needs.ReferenceComparison nonres = comparison(n, "wb-nonres");
        assertThat(nonres.kind()).isEqualTo("group");
        assertThat(nonres.sectors()).containsExactly("education", "health", "productive");
        assertThat(nonres.packCentralUsd()).isCloseTo(5e6, within(1.0));
        assertThat(nonres.coveragePercent()).isCloseTo(25.0, within(1e-9));
        assertThat(comparison(n, "wb-infra").packCentralUsd()).isCloseTo(4e6 + 5e6 + 6e6, within(1.0));
        assertThat(comparison(n, "wb-res").packCentralUsd()).isCloseTo(1e6, within(1.0));
        assertThat(comparison(n, "power-repair").sectors()).containsExactly("energy");
        assertThat(comparison(n, "wb-damage").comparable()).isFalse();
        // the total leaves clearance out (the groups have no clearance line) and says so
        Needs.ReferenceComparison total = comparison(n, "wb-needs");
        assertThat(total.kind()).isEqualTo("total");
        assertThat(total.packCentralUsd()).isCloseTo(21e6, within(1.0));
        assertThat(total.outsideCentralUsd()).isCloseTo(8e6, within(1.0));
        assertThat(total.assessment()).contains("clearance");
        assertThat(n.total().centralUsd()).isCloseTo(29e6, within(1.0));
        // the groups' pack parts add up to the total's: one definition, no overlap
        double groups = n.references().stream()
                .filter(r -> r.kind().equals("group"))
                .mapToDouble(Needs.ReferenceComparison::packCentralUsd)
                .sum();
        assertThat(groups).isCloseTo(total.packCentralUsd(), within(1.0));
    }

    @Test
    void everySectorSaysHowMuchOfItsNarrowestFigureTheRowsCoverAndHowMuchIsIllustrative() {
        Needs n = NeedsAssessment.assess(worldBankCase());
        assertThat(n.coverage())
                .extracting(Needs.SectorCoverage::sector)
                .containsExactly(
                        "housing", "education", "health", "energy", "water", "transport", "productive", "clearance");
        Needs.SectorCoverage energy = n.coverage().get(3);
        assertThat(energy.referenceId()).contains("power-repair");
        assertThat(energy.coveragePercent()).isCloseTo(10.0, within(1e-9));
        assertThat(energy.illustrativeCentralUsd()).isCloseTo(4e6, within(1.0));
        Needs.SectorCoverage transport = n.coverage().get(5);
        assertThat(transport.referenceId()).contains("wb-infra");
        assertThat(transport.coveragePercent()).isCloseTo(100 * 6.0 / 70, within(1e-9));
        assertThat(transport.illustrativeCentralUsd())
                .as("an illustrative unit cost makes the row illustrative")
                .isCloseTo(6e6, within(1.0));
        assertThat(transport.note()).contains("not split by sector").contains("100% of the rows' central");
        Needs.SectorCoverage productive = n.coverage().get(6);
        assertThat(productive.lines()).isZero();
        assertThat(productive.centralUsd()).isZero();
        assertThat(productive.note()).contains("not itemised");
        Needs.SectorCoverage clearance = n.coverage().get(7);
        assertThat(clearance.referenceGroup()).isEqualTo("none");
        assertThat(clearance.referenceId()).isEmpty();
    }

    /**
     * One definition of every percentage: on random packs, the published groups' parts of the pack never overlap
     * and, with what the total leaves out, add up to the pack's total; a sector's coverage is its central over its
     * figure's central; no figure is compared with a scope that holds no sector.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void theGroupsPartitionTheTotalOnRandomPacks(int seed) {
        Random rnd = new Random(seed);
        RebuildInputs base = worldBankCase();
        List<Damage> damage = new ArrayList<>();
        for (AssetClass c : base.assetClasses()) {
            if (rnd.nextInt(4) > 0) {
                double low = rnd.nextInt(50);
                double central = low + rnd.nextInt(50);
                damage.add(new Damage(
                        "XX-01",
                        c.id(),
                        low,
                        central,
                        central + rnd.nextInt(50),
                        rnd.nextBoolean() ? SOURCED : PLACEHOLDER));
            }
        }
        RebuildInputs in = new RebuildInputs(
                base.regions(), base.assetClasses(), damage, base.unitCosts(), List.of(), List.of(), base.references());
        Needs n = NeedsAssessment.assess(in);
        Needs.ReferenceComparison total = comparison(n, "wb-needs");
        double groups = n.references().stream()
                .filter(r -> r.kind().equals("group"))
                .mapToDouble(Needs.ReferenceComparison::packCentralUsd)
                .sum();
        assertThat(groups).as("seed %d", seed).isCloseTo(total.packCentralUsd(), within(1e-3));
        assertThat(total.packCentralUsd() + total.outsideCentralUsd())
                .as("seed %d", seed)
                .isCloseTo(n.total().centralUsd(), within(1e-3));
        List<String> seen = new ArrayList<>();
        n.references().stream().filter(r -> r.kind().equals("group")).forEach(r -> seen.addAll(r.sectors()));
        assertThat(seen).as("seed %d: no sector in two groups", seed).doesNotHaveDuplicates();
        for (Needs.SectorCoverage c : n.coverage()) {
            if (c.referenceId().isPresent()) {
                assertThat(c.coveragePercent())
                        .as("seed %d, %s", seed, c.sector())
                        .isCloseTo(100 * c.centralUsd() / c.referenceCentralUsd(), within(1e-9));
            }
            assertThat(c.illustrativeCentralUsd())
                    .as("seed %d, %s", seed, c.sector())
                    .isBetween(0.0, c.centralUsd());
        }
        assertThat(n.references())
                .filteredOn(Needs.ReferenceComparison::comparable)
                .allSatisfy(r -> assertThat(r.sectors()).isNotEmpty());
    }

    /** The default pack: like-with-like scopes, and no sector sized to equal the figure it is compared with. */
    @Test
    void theDefaultPackComparesLikeWithLikeAndSaysWhatItCovers() {
        Path pack = Path.of("..", "packs", "caucasus-levant");
        Requirements.defaultPack(pack);
        var p = PackLoader.load(pack);
        Needs n = RebuildEngine.needs(p.rebuild());
        Needs.ReferenceComparison nonres = n.references().stream()
                .filter(r -> r.comparedWith().startsWith("non-residential"))
                .findFirst()
                .orElseThrow();
        assertThat(nonres.sectors()).containsExactly("education", "health", "productive");
        assertThat(nonres.coveragePercent())
                .as("non-residential is not 'everything but housing'")
                .isLessThan(100);
        Needs.ReferenceComparison total = n.references().stream()
                .filter(r -> r.kind().equals("total"))
                .findFirst()
                .orElseThrow();
        double groups = n.references().stream()
                .filter(r -> r.kind().equals("group"))
                .mapToDouble(Needs.ReferenceComparison::packCentralUsd)
                .sum();
        assertThat(groups).isCloseTo(total.packCentralUsd(), within(1.0));
        // a sector compared with a figure of its own must not equal it to the dollar (a row sized as the figure
        // less the rest makes the comparison true by construction)
        for (Needs.SectorCoverage c : n.coverage()) {
            assertThat(c.sector()).isNotBlank();
            if (c.referenceId().isPresent() && c.lines() > 0) {
                assertThat(Math.abs(c.coveragePercent() - 100))
                        .as(
                                "%s covers exactly its reference %s",
                                c.sector(), c.referenceId().get())
                        .isGreaterThan(0.05);
            }
        }
        // every governorate says which year its population is from
        assertThat(p.rebuild().regions())
                .allSatisfy(r -> assertThat(r.populationYear()).isBetween(2011, 2026));
    }
}
