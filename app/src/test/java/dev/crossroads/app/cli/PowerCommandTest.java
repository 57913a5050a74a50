package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.core.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossroads power supply} run in-process on the default pack. */
class PowerCommandTest {
    private static final Path PACK = Path.of("..", "packs", "caucasus-levant");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void packPresent() {
        Requirements.defaultPack(PACK);
    }

    private static CliRun supply(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "power";
        all[1] = "supply";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = PACK.toString();
        return CliRun.of(all);
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static Map<String, JsonNode> by(JsonNode rows, String key) {
        Map<String, JsonNode> m = new HashMap<>();
        rows.forEach(x -> m.put(x.get(key).asText(), x));
        return m;
    }

    @Test
    void jsonGivesAvailableDemandAndShareServedPerRegionAndAvailableInTotal() throws Exception {
        JsonNode j = json(supply("--year", "2025", "--format", "json"));
        assertThat(j.get("year").asInt()).isEqualTo(2025);
        assertThat(j.get("base").asText()).isEqualTo("reported");
        assertThat(j.get("constants").get("calorificValueMjPerM3").asDouble()).isEqualTo(36.0);
        assertThat(j.get("constants").get("hoursPerYear").asDouble()).isEqualTo(8760.0);
        Map<String, JsonNode> regions = by(j.get("regions"), "region");
        JsonNode aleppo = regions.get("SY-HL");
        assertThat(aleppo.get("availableMw").asDouble()).isPositive();
        assertThat(aleppo.get("demandMw").asDouble()).isPositive();
        assertThat(aleppo.get("shareServed").asDouble()).isBetween(0.0, 1.0);
        double sum = 0;
        for (JsonNode r : j.get("regions")) {
            sum += r.get("availableMw").asDouble();
        }
        assertThat(j.get("availableMw").asDouble()).isCloseTo(sum, within(1e-6));
        JsonNode thermal = by(j.get("plants"), "id").get("aleppo-thermal");
        assertThat(thermal.get("limit").asText()).isEqualTo("FUEL");
        assertThat(thermal.get("gasNode").asText()).isEqualTo("aleppo");
    }

    @Test
    void cuttingKilisAleppoLowersAleppoAndTurkiyeTransitAtLeastAsMuch() throws Exception {
        double base = by(json(supply("--year", "2025", "--format", "json")).get("regions"), "region")
                .get("SY-HL")
                .get("availableMw")
                .asDouble();
        JsonNode cut = json(supply("--year", "2025", "--cut", "kilis-aleppo", "--format", "json"));
        assertThat(cut.get("scenario").asText()).contains("kilis-aleppo");
        double afterCut =
                by(cut.get("regions"), "region").get("SY-HL").get("availableMw").asDouble();
        double afterTur = by(
                        json(supply("--year", "2025", "--transit", "TUR", "--format", "json"))
                                .get("regions"),
                        "region")
                .get("SY-HL")
                .get("availableMw")
                .asDouble();
        assertThat(base - afterCut)
                .isCloseTo(
                        0.48 * 1e9 * 36 / (8760 * 3600.0) * 0.35,
                        within(1e-6)); // 191.78 MW, worked in DefaultPackPowerTest
        assertThat(base - afterTur).isGreaterThanOrEqualTo(base - afterCut - 1e-9);
        JsonNode change = cut.get("change");
        assertThat(change.get("lostMw").asDouble()).isCloseTo(base - afterCut, within(1e-6));
        assertThat(by(change.get("regions"), "region")
                        .get("SY-HL")
                        .get("explanation")
                        .asText())
                .contains("aleppo-thermal");
        assertThat(json(supply("--year", "2025", "--format", "json"))
                        .get("change")
                        .isNull())
                .isTrue();
        CliRun text = supply("--year", "2025", "--cut", "kilis-aleppo");
        assertThat(text.out())
                .contains("lostMw")
                .contains("Against the base case:")
                .contains("SY-HL (Aleppo) loses 191.8 MW");
    }

    @Test
    void tablePrintsTheConstantsPlantsRegionsAndWhyAPlantIsFuelLimited() {
        CliRun r = supply("--year", "2025");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Power supply caucasus-levant 2025, gas base case (base: reported)")
                .contains(
                        "gas calorific value 36.0 MJ/m3 (source e-bp-conversion-2021, reported); 8,760 hours a year; 1 bcm a year = 1,141.6 MW of heat")
                .contains("most efficient plants first")
                .contains("aleppo-thermal")
                .contains("fuel-limited")
                .contains("fuel not modelled")
                .contains("SY-HL")
                .contains("shareServed")
                .contains("total")
                .contains("aleppo-thermal: fuel-limited at");
        CliRun csv = supply("--year", "2025", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("region,name,availableMw,capacityMw,fuelLimitedMw,demandMw,demandYear,shareServed");
    }

    @Test
    void aPackWithoutPowerIsAClearErrorAndAnUnknownArcToo(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("nopower");
        copy(PACK, dir);
        try (var files = Files.walk(dir.resolve("power"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        CliRun r = CliRun.of("power", "supply", "--year", "2025", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("has no power plants: add power/plants.csv");
        CliRun bad = supply("--cut", "kilis-alepo");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("unknown arc or node 'kilis-alepo'");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path d = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d);
                }
            }
        }
    }
}
