package dev.crossroads.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.core.testing.Requirements;
import dev.crossroads.relations.RelationsEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HubRunnerTest {
    static final RegionPack MINIMAL = PackLoader.load(TestPacks.minimal());
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");
    /** Average thermal MW of one bcm a year at 36 MJ/m3: 1e9 m3 x 36 MJ / (8760 h x 3600 s). */
    static final double MW_PER_BCM = 1e9 * 36 / (8760 * 3600.0);

    /** A runner without the programme (the energy, power and relations steps only). */
    static HubRunner runner(RegionPack p) {
        return new HubRunner(p, RelationsEngine.of(p, List.of(), RelationsEngine.Settings.DEFAULT))
                .withBasePlans(HubRunner.BasePlans.NONE);
    }

    static ScenarioSpec spec(List<String> cut, List<String> transit, ScenarioChanges changes) {
        return new ScenarioSpec(
                "test",
                Optional.empty(),
                cut,
                transit,
                List.of(new ScenarioSpec.Dyad("BBB", "CCC")),
                Optional.of(LocalDate.parse("2025-08-01")),
                changes);
    }

    static HubResult.MarketChange market(HubResult r, String id) {
        return r.pillars().energy().markets().stream()
                .filter(m -> m.market().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static HubResult.RegionPower region(HubResult r, String id) {
        return r.pillars().power().regions().stream()
                .filter(x -> x.region().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCutFlowsFromGasToMegawattsByTheStatedConstants() {
        HubResult r = runner(MINIMAL).run(spec(List.of("p3", "sw1"), List.of(), ScenarioChanges.NONE));
        HubResult.MarketChange mc = market(r, "mc");
        assertThat(mc.scenarioBcm()).isZero();
        assertThat(mc.lostBcm()).isEqualTo(mc.baseBcm()).isPositive();
        // both gas plants sit on mkt-c and take its gas in merit order: the south CCGT (0.5) first, needing
        // 750 MW / (0.5 x MW_PER_BCM) bcm, then the north steam plant (0.35), needing 400 MW / (0.35 x MW_PER_BCM)
        double needSouth = 750 / (0.5 * MW_PER_BCM);
        double needNorth = 400 / (0.35 * MW_PER_BCM);
        double loadSouth = Math.min(1, mc.baseBcm() / needSouth);
        double loadNorth = Math.min(1, Math.max(0, mc.baseBcm() - needSouth) / needNorth);
        double load = loadNorth;
        HubResult.RegionPower north = region(r, "CC-01");
        assertThat(north.baseAvailableMw()).isCloseTo(300 + 400 * loadNorth, within(0.01));
        assertThat(north.availableMw()).isCloseTo(300, within(1e-6));
        HubResult.RegionPower south = region(r, "CC-02");
        assertThat(south.baseAvailableMw()).isCloseTo(750 * loadSouth, within(0.01));
        assertThat(south.availableMw()).isZero();
        assertThat(r.chain())
                .extracting(HubResult.ChainStep::what)
                .contains("gas lost by Market C", "electricity lost in North", "electricity lost in South");
        HubResult.ChainStep lostNorth = r.chain().stream()
                .filter(c -> c.what().equals("electricity lost in North"))
                .findFirst()
                .orElseThrow();
        assertThat(lostNorth.value()).isCloseTo(400 * load, within(0.5));
        assertThat(lostNorth.unit()).isEqualTo("MW");
        assertThat(lostNorth.because()).contains("North steam").contains("power/plants.csv");
    }

    @Test
    void nothingChangedMeansAnEmptyChain() {
        HubResult r = runner(MINIMAL).run(spec(List.of(), List.of(), ScenarioChanges.NONE));
        assertThat(r.chain()).isEmpty();
        assertThat(r.pillars().power().availableMw())
                .isEqualTo(r.pillars().power().baseAvailableMw());
    }

    @Test
    void lessCapacityToAMarketLowersItsGasAndPower() {
        ScenarioChanges c = new ScenarioChanges(
                Map.of("p3", 0.1),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                OptionalDouble.empty(),
                Map.of(),
                List.of(),
                false,
                OptionalDouble.empty(),
                java.util.OptionalLong.empty(),
                List.of(),
                List.of(),
                OptionalDouble.empty());
        HubResult r = runner(MINIMAL).run(spec(List.of("sw1"), List.of(), c));
        assertThat(market(r, "mc").scenarioBcm()).isLessThanOrEqualTo(0.1 + 1e-6);
        // a node's gas goes to its most efficient plant first (merit order): South's CCGT (0.5) needs
        // 750 / (0.5 x MW_PER_BCM) = 1.31 bcm, more than the 0.1 left, so it burns all of it
        assertThat(750 / (0.5 * MW_PER_BCM)).isGreaterThan(market(r, "mc").scenarioBcm());
        assertThat(region(r, "CC-02").availableMw())
                .isCloseTo(market(r, "mc").scenarioBcm() * MW_PER_BCM * 0.5, within(0.01))
                .isLessThan(region(r, "CC-02").baseAvailableMw());
        assertThat(r.chain())
                .extracting(HubResult.ChainStep::what)
                .contains("gas lost by Market C", "electricity lost in South");
    }

    @Test
    void unknownIdsAreNamedWithTheirField() {
        ScenarioChanges badCap = new ScenarioChanges(
                Map.of("nosuch", 1.0),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                OptionalDouble.empty(),
                Map.of(),
                List.of(),
                false,
                OptionalDouble.empty(),
                java.util.OptionalLong.empty(),
                List.of(),
                List.of(),
                OptionalDouble.empty());
        assertThatThrownBy(() -> runner(MINIMAL).run(spec(List.of(), List.of(), badCap)))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("capacityBcm.nosuch");
        ScenarioChanges badRoute = new ScenarioChanges(
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(new ScenarioChanges.NewRoute("r1", "hub-b", "nowhere", 1, 0, "CCC")),
                List.of(),
                OptionalDouble.empty(),
                Map.of(),
                List.of(),
                false,
                OptionalDouble.empty(),
                java.util.OptionalLong.empty(),
                List.of(),
                List.of(),
                OptionalDouble.empty());
        assertThatThrownBy(() -> runner(MINIMAL).run(spec(List.of(), List.of(), badRoute)))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("addRoutes[r1]")
                .hasMessageContaining("nowhere");
        assertThatThrownBy(() -> runner(MINIMAL).run(spec(List.of("nosuch"), List.of(), ScenarioChanges.NONE)))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("nosuch");
    }

    @Test
    void lessPowerCountsLessServiceOfPowerDependentPackages(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("p");
        TestPacks.copyTree(TestPacks.minimal(), dir);
        Files.writeString(dir.resolve("rebuild/asset-classes.csv"), """
                id,name,sector,group,unit,crew_type,units_per_crew_month,service_weight,power_dependent,gas_fired_generation,source,confidence,note
                clearance,Rubble and mine clearance,clearance,cross_cutting,km2,demining,2,1,false,false,,illustrative,
                housing,Housing,housing,social,housing_unit,building,20,3,false,false,,illustrative,
                power,Power generation,energy,infrastructure,mw,electrical,10,5,false,true,,illustrative,
                hospitals,Hospitals,health,social,hospital,building,0.1,8,true,false,,illustrative,
                roads,Roads,transport,infrastructure,km,civil,5,2,false,false,,illustrative,
                """);
        RegionPack p = PackLoader.load(dir);
        HubRunner r = new HubRunner(p, RelationsEngine.of(p, List.of(), RelationsEngine.Settings.DEFAULT))
                .withBasePlans(HubRunner.BasePlans.SOLVE)
                .withSolve(new dev.crossroads.rebuild.schedule.SolveParameters(60, 1, 0, 0.5));
        HubResult res = r.run(spec(List.of("p3", "sw1"), List.of(), ScenarioChanges.NONE));
        HubResult.RebuildPillar b = res.pillars().rebuild();
        assertThat(b.serviceByYear()).isNotEmpty();
        assertThat(b.reoptimised()).isFalse();
        // South (CC-02) loses all its electricity, so its hospitals count for nothing once built
        assertThat(region(res, "CC-02").shareServed()).isZero();
        assertThat(b.serviceByYear())
                .allSatisfy(y -> assertThat(y.scenarioPercent()).isLessThanOrEqualTo(y.basePercent() + 1e-9));
        assertThat(b.serviceByYear())
                .anySatisfy(y -> assertThat(y.scenarioPercent()).isLessThan(y.basePercent()));
        assertThat(res.chain()).extracting(HubResult.ChainStep::pillar).contains("energy", "power", "rebuild");
    }

    @Test
    void onTheDefaultPackKilisAleppoCutsAleppoAndClosingTurkiyeDoesMore() {
        Requirements.defaultPack(DEFAULT_PACK);
        RegionPack pack = PackLoader.load(DEFAULT_PACK);
        HubRunner runner = runner(pack);
        HubResult kilis = runner.run(new ScenarioSpec(
                "kilis", Optional.empty(), List.of("kilis-aleppo"), List.of(), List.of(), Optional.empty()));
        HubResult tur = runner.run(
                new ScenarioSpec("tur", Optional.empty(), List.of(), List.of("TUR"), List.of(), Optional.empty()));
        HubResult.MarketChange syria = market(kilis, "syria");
        assertThat(syria.lostBcm()).isCloseTo(syria.baseBcm(), within(1e-6)).isPositive();
        HubResult.RegionPower aleppo = region(kilis, "SY-HL");
        assertThat(aleppo.availableMw()).isLessThan(aleppo.baseAvailableMw());
        HubResult.RegionPower aleppoTur = region(tur, "SY-HL");
        assertThat(aleppoTur.availableMw()).isLessThanOrEqualTo(aleppo.availableMw() + 1e-6);
        assertThat(tur.pillars().power().availableMw())
                .isLessThanOrEqualTo(kilis.pillars().power().availableMw() + 1e-6);
        double lostTur = tur.pillars().energy().markets().stream()
                .mapToDouble(HubResult.MarketChange::lostBcm)
                .sum();
        double lostKilis = kilis.pillars().energy().markets().stream()
                .mapToDouble(HubResult.MarketChange::lostBcm)
                .sum();
        assertThat(lostTur).isGreaterThan(lostKilis);
        assertThat(kilis.chain())
                .extracting(HubResult.ChainStep::what)
                .contains("gas lost by Syria", "electricity lost in Aleppo");
        assertThat(kilis.pillars().relations().transitExposure())
                .extracting(HubResult.Exposure::country)
                .contains("TUR", "GEO");
    }

    @Test
    void moreGasToSyriaRaisesTheProjectedTieAndMovesTheMediatorComponents() {
        Requirements.defaultPack(DEFAULT_PACK);
        RegionPack pack = PackLoader.load(DEFAULT_PACK);
        ScenarioChanges more = new ScenarioChanges(
                Map.of("kilis-aleppo", 2.0),
                Map.of(),
                Map.of("syria", 1.5),
                List.of(),
                List.of(),
                OptionalDouble.empty(),
                Map.of(),
                List.of(),
                false,
                OptionalDouble.empty(),
                java.util.OptionalLong.empty(),
                List.of(),
                List.of(),
                OptionalDouble.empty());
        HubResult r = runner(pack)
                .run(new ScenarioSpec(
                        "more gas to Syria",
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of(new ScenarioSpec.Dyad("SYR", "ISR")),
                        Optional.of(LocalDate.parse("2025-12-31")),
                        more));
        assertThat(market(r, "syria").gainedBcm()).isGreaterThan(0.1);
        HubResult.TieChange aze = r.pillars().relations().ties().stream()
                .filter(t -> t.b().equals("SYR"))
                .findFirst()
                .orElseThrow();
        assertThat(aze.scenarioScore()).isGreaterThan(aze.baseScore());
        assertThat(r.pillars().relations().projected()).anyMatch(x -> x.contains("AZE>SYR") && x.contains("PROJECTED"));
        HubResult.MediatorChange azeMediator = r.pillars().relations().dyads().get(0).mediators().stream()
                .filter(m -> m.state().equals("AZE"))
                .findFirst()
                .orElseThrow();
        assertThat(azeMediator.components()).anyMatch(c -> Math.abs(c.scenarioValue() - c.baseValue()) > 1e-4);
        assertThat(r.chain())
                .anyMatch(c -> c.pillar().equals("relations") && c.what().startsWith("projected tie AZE–SYR"));
        assertThat(r.chain())
                .anyMatch(c -> c.pillar().equals("relations") && c.what().startsWith("Azerbaijan as mediator"));
    }

    @Test
    void aHostileTieKeepsAPartnerOutOfTheProgramme() {
        // the minimal pack's partner works in CCC; a scenario that sets its tie far below the threshold keeps it out
        RegionPack p = MINIMAL;
        assertThat(p.rebuild().partners()).as("the minimal pack's partner").isNotEmpty();
        var partner = p.rebuild().partners().get(0);
        String host = p.rebuild().regions().get(0).country();
        assertThat(partner.country())
                .as("partner and host are different states")
                .isNotEqualTo(host);
        ScenarioChanges c = new ScenarioChanges(
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                OptionalDouble.empty(),
                Map.of(),
                List.of(new ScenarioChanges.Commitment(partner.id(), List.of())),
                false,
                OptionalDouble.empty(),
                java.util.OptionalLong.empty(),
                List.of(),
                List.of(new ScenarioChanges.TieChange(partner.country(), host, LocalDate.parse("2025-07-20"), -40)),
                OptionalDouble.empty());
        HubResult r = new HubRunner(p, RelationsEngine.of(p, List.of(), RelationsEngine.Settings.DEFAULT))
                .withBasePlans(HubRunner.BasePlans.SOLVE)
                .withSolve(new dev.crossroads.rebuild.schedule.SolveParameters(60, 1, 0, 0.5))
                .run(spec(List.of(), List.of(), c));
        assertThat(r.pillars().rebuild().partners())
                .as(
                        "%s / %s",
                        r.pillars().rebuild().notes(),
                        runner(p)
                                .scenarioTies(spec(List.of(), List.of(), c))
                                .tie(partner.country(), host, LocalDate.parse("2025-08-01")))
                .doesNotContain(partner.id());
        assertThat(r.chain()).anyMatch(x -> x.what().contains("kept out of the programme"));
    }

    @Test
    void onTheDefaultPackTheKilisCutLowersServiceRestoredAndTurkiyeNoLess() {
        Requirements.defaultPack(DEFAULT_PACK);
        RegionPack pack = PackLoader.load(DEFAULT_PACK);
        Map<String, dev.crossroads.rebuild.programme.Plan> cache = new java.util.HashMap<>();
        HubRunner.BasePlans once = (key, solve) -> Optional.of(cache.computeIfAbsent(key, k -> solve.get()));
        // a short deterministic work limit: any feasible base plan shows the coupling
        var params = new dev.crossroads.rebuild.schedule.SolveParameters(600, 2, 0, 0.3);
        HubRunner runner = new HubRunner(pack, RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT))
                .withBasePlans(once)
                .withSolve(params)
                .withTransitExposure(false);
        HubResult kilis = runner.run(new ScenarioSpec(
                "kilis", Optional.empty(), List.of("kilis-aleppo"), List.of(), List.of(), Optional.empty()));
        HubResult tur = runner.run(
                new ScenarioSpec("tur", Optional.empty(), List.of(), List.of("TUR"), List.of(), Optional.empty()));
        assertThat(cache).hasSize(1);
        List<HubResult.YearService> k = kilis.pillars().rebuild().serviceByYear();
        List<HubResult.YearService> t = tur.pillars().rebuild().serviceByYear();
        assertThat(k).anySatisfy(y -> assertThat(y.scenarioPercent()).isLessThan(y.basePercent()));
        for (int i = 0; i < k.size(); i++) {
            assertThat(k.get(i).scenarioPercent()).isLessThanOrEqualTo(k.get(i).basePercent() + 1e-9);
            assertThat(t.get(i).scenarioPercent()).isLessThanOrEqualTo(k.get(i).scenarioPercent() + 1e-9);
        }
        assertThat(kilis.chain())
                .anyMatch(c -> c.pillar().equals("rebuild") && c.what().startsWith("service restored by the end of"));
    }
}
