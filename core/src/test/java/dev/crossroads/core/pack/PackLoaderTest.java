package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.power.PowerPlant;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {
    @Test
    void minimalPackLoadsWithEverySection() {
        RegionPack p = PackLoader.load(TestPacks.minimal());
        assertThat(p.meta().name()).isEqualTo("minimal");
        assertThat(p.meta().asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.countries()).extracting(c -> c.iso3()).containsExactly("AAA", "BBB", "CCC");
        assertThat(p.sources().get(1).title()).isEqualTo("An article, with a comma");
        assertThat(p.gas().pipelines()).hasSize(3);
        assertThat(p.gas().swaps())
                .singleElement()
                .satisfies(s -> assertThat(s.via()).isEqualTo("BBB"));
        assertThat(p.rebuild().dependencies()).hasSize(3);
        assertThat(p.roads().segments()).hasSize(3);
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void powerSectionLoadsWithHeatRateTurnedIntoEfficiency() {
        RegionPack p = PackLoader.load(TestPacks.minimal());
        assertThat(p.power().plants())
                .extracting(PowerPlant::id)
                .containsExactly("north-steam", "south-ccgt", "north-dam");
        PowerPlant ccgt = p.power().plant("south-ccgt").orElseThrow();
        assertThat(ccgt.efficiency().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(ccgt.gasNode()).contains("mkt-c");
        assertThat(p.power().plant("north-dam").orElseThrow().gasNode()).isEmpty();
        assertThat(p.power().calorificValue().orElseThrow().value()).isEqualTo(36.0);
        assertThat(p.power().demandIn("CC-01", 2025).orElseThrow().demandMw()).isEqualTo(1500.0);
        assertThat(p.power().demandIn("CC-01", 2010)).isEmpty();
        assertThat(PackSummary.of(p).files())
                .extracting(PackSummary.FileCount::file)
                .contains("power/plants.csv");
    }

    @Test
    void aPackWithoutAPowerFolderStillLoadsWithAnEmptySection(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("old");
        TestPacks.copyTree(TestPacks.minimal(), dir);
        try (var files = java.nio.file.Files.walk(dir.resolve("power"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(f);
            }
        }
        RegionPack p = PackLoader.load(dir);
        assertThat(p.power().isEmpty()).isTrue();
        assertThat(p.warnings()).isEmpty();
        assertThat(PackSummary.of(p).files())
                .extracting(PackSummary.FileCount::file)
                .doesNotContain("power/plants.csv");
    }

    @Test
    void powerColumnsAreOptionalAndReadWhenGiven(@TempDir Path tmp) throws Exception {
        RegionPack old = PackLoader.load(TestPacks.minimal());
        assertThat(old.rebuild().assetClasses()).allSatisfy(c -> {
            assertThat(c.powerDependent()).isFalse();
            assertThat(c.gasFiredGeneration()).isFalse();
        });
        Path dir = tmp.resolve("p");
        TestPacks.copyTree(TestPacks.minimal(), dir);
        java.nio.file.Files.writeString(dir.resolve("rebuild/asset-classes.csv"), """
                id,name,sector,group,unit,crew_type,units_per_crew_month,service_weight,power_dependent,gas_fired_generation,source,confidence,note
                clearance,Rubble and mine clearance,clearance,cross_cutting,km2,demining,2,1,,,,illustrative,
                housing,Housing,housing,social,housing_unit,building,20,3,false,,,illustrative,
                power,Power generation,energy,infrastructure,mw,electrical,10,5,false,TRUE,,illustrative,
                hospitals,Hospitals,health,social,hospital,building,0.1,8,true,false,,illustrative,
                roads,Roads,transport,infrastructure,km,civil,5,2,,,,illustrative,
                """);
        RegionPack p = PackLoader.load(dir);
        assertThat(p.warnings()).isEmpty();
        assertThat(p.rebuild().assetClasses())
                .filteredOn(c -> c.powerDependent())
                .extracting(c -> c.id())
                .containsExactly("hospitals");
        assertThat(p.rebuild().assetClasses())
                .filteredOn(c -> c.gasFiredGeneration())
                .extracting(c -> c.id())
                .containsExactly("power");
    }

    @Test
    void materialRatesAreLoadedWithTheirProvenance() {
        RegionPack p = PackLoader.load(TestPacks.minimal());
        assertThat(p.rebuild().materialsOf("housing"))
                .extracting(m -> m.material() + "=" + m.tonnesPerUnit())
                .containsExactly("cement=25.0", "steel=5.0");
        assertThat(p.rebuild().materialsOf("roads"))
                .singleElement()
                .satisfies(m -> assertThat(m.provenance().sourceIds()).containsExactly("s1"));
        assertThat(PackSummary.of(p).files()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("rebuild/materials.csv");
            assertThat(f.rows()).isEqualTo(3);
        });
    }

    @Test
    void optionalNumbersStayUnknownNotZero() {
        RegionPack p = PackLoader.load(TestPacks.minimal());
        Pipeline p2 = p.gas().pipeline("p2").orElseThrow();
        assertThat(p2.lengthKm()).isEmpty();
        assertThat(p.rebuild().regions().get(1).areaKm2()).isEmpty();
    }

    @Test
    void capacityFollowsCommissioningAndExpansions() {
        RegionPack p = PackLoader.load(TestPacks.minimal());
        Pipeline p1 = p.gas().pipeline("p1").orElseThrow();
        assertThat(p.gas().capacityIn(p1, 2017)).isZero();
        assertThat(p.gas().capacityIn(p1, 2025)).isEqualTo(16.0);
        assertThat(p.gas().capacityIn(p1, 2026)).isEqualTo(17.2);
        assertThat(p.gas().capacityIn(p1, 2030)).isEqualTo(17.2);
    }

    @Test
    void tenureResolvesTheHolderOfAnOfficeOnADate() {
        RegionPack p = PackLoader.load(TestPacks.minimal());
        assertThat(p.holders("CCC", "president", LocalDate.of(2023, 5, 1)))
                .extracting(a -> a.id())
                .containsExactly("a-old");
        assertThat(p.holders("CCC", "president", LocalDate.of(2025, 5, 1)))
                .extracting(a -> a.id())
                .containsExactly("a-new");
        assertThat(p.holders("CCC", "president", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void summaryCountsRowsAndSources() {
        PackSummary s = PackSummary.of(PackLoader.load(TestPacks.minimal()));
        assertThat(s.rows()).isGreaterThan(40);
        assertThat(s.illustrativeRows()).isPositive();
        assertThat(s.sourcedRows() + s.illustrativeRows()).isEqualTo(s.rows());
        assertThat(s.files()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("gas/markets.csv");
            assertThat(f.illustrative()).isEqualTo(2);
        });
        assertThat(Confidence.parse("Illustrative")).contains(Confidence.ILLUSTRATIVE);
    }

    @Test
    void missingFolderIsOneClearProblem(@TempDir Path tmp) {
        PackLoader.Validation v = PackLoader.validate(tmp.resolve("nope"));
        assertThat(v.ok()).isFalse();
        assertThat(v.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no pack folder"));
    }

    @Test
    void emptyFolderNamesTheFilesItNeeds(@TempDir Path tmp) {
        PackLoader.Validation v = PackLoader.validate(tmp);
        assertThat(v.errors())
                .extracting(Problem::toString)
                .anySatisfy(s -> assertThat(s).contains("pack.yaml is missing"))
                .anySatisfy(s -> assertThat(s).contains("sources.csv is missing"))
                .anySatisfy(s -> assertThat(s).contains("countries.csv is missing"));
    }

    @Test
    void extraColumnIsAWarningNotAnError(@TempDir Path tmp) throws Exception {
        TestPacks.copyTree(TestPacks.minimal(), tmp);
        Path f = tmp.resolve("gas/fields.csv");
        java.nio.file.Files.writeString(
                f, "id,name,country,node,source,confidence,note,colour\nfa,Field A,AAA,field-a,s1,reported,,blue\n");
        PackLoader.Validation v = PackLoader.validate(tmp);
        assertThat(v.ok()).isTrue();
        assertThat(v.warnings())
                .extracting(Problem::toString)
                .containsExactly(
                        "gas/fields.csv:1:8: warning: column 'colour' is not part of the format and is ignored");
    }
}
