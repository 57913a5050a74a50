package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.power.PowerPlant;
import dev.crossroads.core.rebuild.Dependency;
import dev.crossroads.core.roads.RoadSegment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each section's row mapper alone, on a folder holding only its files. */
class RowMappersTest {
    @TempDir
    Path tmp;

    @Test
    void relationsRowsMapEveryPoliticalFile() throws Exception {
        PackDir d = new PackDir(tmp)
                .with("sources.csv", "id,publisher,title,date,url,note\ns1,P,T,2025,,\n")
                .with(
                        "countries.csv",
                        "iso3,name,capital,demonyms,aliases,lat,lon,memberships,source,confidence,note\n"
                                + "AAA,Aland,Acity,Alandish;Alandic,,40,45,UN,s1,reported,\n")
                .with(
                        "events.csv",
                        "id,date,actor1,actor2,mediator,cameo,summary,source,confidence,note\n"
                                + "e1,2025-01-02,AAA,BBB,,036,met,s1,reported,\n");
        RelationsRows rows = RelationsRows.read(d.context());
        assertThat(rows.sources())
                .singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("T"));
        assertThat(rows.countries())
                .singleElement()
                .satisfies(c -> assertThat(c.demonyms()).containsExactly("Alandish", "Alandic"));
        assertThat(rows.events())
                .singleElement()
                .satisfies(e -> assertThat(e.mediator()).isEmpty());
        assertThat(rows.actors()).isEmpty();
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void gasRowsLeaveOutABrokenRowAndSayWhere() throws Exception {
        PackDir d = new PackDir(tmp)
                .with(
                        "gas/pipelines.csv",
                        "id,name,from,to,country,owner,length_km,capacity_bcm_per_year,tariff_usd_per_kcm,"
                                + "transit_fee_share,status,commissioned,source,confidence,note\n"
                                + "p1,One,a,b,AAA,,,16,70,0.05,operating,2018,s1,reported,\n"
                                + "p2,Two,a,b,AAA,,,16 bcm,70,0.05,operating,2018,s1,reported,\n");
        var gas = GasRows.read(d.context());
        assertThat(gas.pipelines()).extracting(Pipeline::id).containsExactly("p1");
        assertThat(gas.pipelines().get(0).lengthKm()).isEmpty();
        assertThat(d.problems())
                .containsExactly("gas/pipelines.csv:3:8: '16 bcm' is not a number"
                        + " (write the figure alone, in the unit the column name gives)");
    }

    @Test
    void rebuildRowsReadDependenciesWithTheirScope() throws Exception {
        PackDir d = new PackDir(tmp)
                .with(
                        "rebuild/dependencies.csv",
                        "before,after,scope,reason,source,confidence,note\n"
                                + "clearance,housing,region,,,illustrative,\n"
                                + "power,water,planet,,,illustrative,\n");
        var rebuild = RebuildRows.read(d.context());
        assertThat(rebuild.dependencies())
                .singleElement()
                .satisfies(x -> assertThat(x.scope()).isEqualTo(Dependency.Scope.REGION));
        assertThat(d.problems())
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("rebuild/dependencies.csv:3:3: 'planet' is not a valid scope: use one of"));
    }

    @Test
    void roadRowsReadOptionalRepairClass() throws Exception {
        PackDir d = new PackDir(tmp)
                .with(
                        "roads/segments.csv",
                        "id,from,to,road,length_km,road_class,state,repair_asset_class,source,confidence,note\n"
                                + "s1,a,b,M5,12.5,motorway,damaged,roads,,illustrative,\n"
                                + "s2,b,c,,3,secondary,open,,,illustrative,\n");
        var roads = RoadRows.read(d.context());
        assertThat(roads.segments())
                .extracting(RoadSegment::repairAssetClass)
                .map(o -> o.orElse("-"))
                .containsExactly("roads", "-");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void powerRowsTurnAHeatRateIntoAnEfficiencyAndRefuseOneBelowParity() throws Exception {
        String header = "id,name,region,type,installed_mw,available_mw,fuel,efficiency,heat_rate_kj_per_kwh,"
                + "gas_node,status,source,confidence,note\n";
        PackDir d = new PackDir(tmp)
                .with(
                        "power/plants.csv",
                        header
                                + "c1,C,CC-01,ccgt,750,750,gas,,7200,n,operating,,illustrative,\n"
                                + "c2,C,CC-01,ccgt,750,750,gas,,3000,n,operating,,illustrative,\n"
                                + "c3,C,CC-01,ccgt,750,750,gas,0.3,7200,n,operating,,illustrative,\n");
        var power = PowerRows.read(d.context());
        assertThat(power.plants()).extracting(PowerPlant::id).containsExactly("c1");
        assertThat(power.plants().get(0).efficiency().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(d.problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("power/plants.csv:3:9: heat_rate_kj_per_kwh 3000.0 is below"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("power/plants.csv:4:9: heat_rate_kj_per_kwh 7200 means an"
                                + " efficiency of 0.500, but efficiency says 0.300"));
    }
}
