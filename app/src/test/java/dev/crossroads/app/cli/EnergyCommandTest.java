package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.core.testing.Requirements;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code crossroads energy ...} run in-process on the default pack and on a hand-written GasLib fixture. */
class EnergyCommandTest {
    private static final Path PACK = Path.of("..", "packs", "caucasus-levant");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void packPresent() {
        Requirements.defaultPack(PACK);
    }

    private static CliRun energy(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "energy";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--pack";
        all[args.length + 2] = PACK.toString();
        return CliRun.of(all);
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static Map<String, JsonNode> byMarket(JsonNode markets) {
        Map<String, JsonNode> m = new HashMap<>();
        markets.forEach(x -> m.put(x.get("market").asText(), x));
        return m;
    }

    @Test
    void allocatePrintsMarketsBindingConstraintsAndFlows() {
        CliRun r = energy("allocate", "--year", "2025");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Allocation caucasus-levant 2025: OPTIMAL")
                .contains("Base case: reported")
                .contains("shadowPriceUsdPerKcm")
                .contains("binding")
                .contains("italy")
                .contains("scp-az");
    }

    @Test
    void allocateJsonHasTheDocumentedFieldsAndAddsUp() throws Exception {
        JsonNode j = json(energy("allocate", "--year", "2025", "--format", "json"));
        for (String f : new String[] {
            "base",
            "network",
            "year",
            "status",
            "netbackUsd",
            "producedBcm",
            "deliveredBcm",
            "feeLossBcm",
            "feeDeliveredBcm",
            "deliveries",
            "flows",
            "supplies",
            "bindingConstraints",
            "shortfalls",
            "explanation"
        }) {
            assertThat(j.has(f)).as("field %s", f).isTrue();
        }
        double sum = 0;
        for (JsonNode d : j.get("deliveries")) {
            assertThat(d.has("shadowPriceUsdPerKcm")).isTrue();
            assertThat(d.has("feeReceivedBcm")).isTrue();
            sum += d.get("deliveredBcm").asDouble();
        }
        assertThat(sum).isCloseTo(j.get("deliveredBcm").asDouble(), within(1e-6));
        assertThat(j.get("producedBcm").asDouble())
                .isCloseTo(
                        j.get("deliveredBcm").asDouble() + j.get("feeLossBcm").asDouble(), within(1e-6));
        // Georgia receives the in-kind fee on the Georgian section of SCP
        assertThat(byMarket(j.get("deliveries"))
                        .get("georgia")
                        .get("feeReceivedBcm")
                        .asDouble())
                .isPositive();
    }

    @Test
    void replayOf2025PassesOnTheDefaultPackAndExplainsTheDifferences() {
        CliRun r = energy("replay", "--year", "2025");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out())
                .contains("Replay 2025: PASS")
                .contains("Where the model's free optimum differs from reality")
                .contains("syria: optimum 0.00")
                .doesNotContain("shadow price withheld");
    }

    @Test
    void cuttingKilisAleppoLeavesSyriaWithNothing() throws Exception {
        JsonNode j = json(energy("disrupt", "--cut", "kilis-aleppo", "--year", "2025", "--format", "json"));
        JsonNode syria = byMarket(j.get("markets")).get("syria");
        assertThat(syria.get("baseBcm").asDouble()).isPositive();
        assertThat(syria.get("disruptedBcm").asDouble()).isCloseTo(0, within(1e-9));
        CliRun text = energy("disrupt", "--cut", "kilis-aleppo", "--year", "2025");
        assertThat(text.out()).contains("syria loses").contains("(all of it)");
        // the headline: the volume each market loses, and the netback change as its own, explained figure
        assertThat(text.out())
                .contains("Lost: syria 0.48 of 0.48 bcm")
                .contains("goes to other markets instead")
                .contains("(+$30.0 million): a rise")
                .doesNotContain("$-");
        CliRun byDefault = energy("disrupt", "--cut", "kilis-aleppo");
        assertThat(byDefault.out())
                .as("without --year: the latest reported year")
                .contains("2025")
                .contains("syria loses");
    }

    @Test
    void cuttingTransitThroughTurkiyeHitsEuropeAndSyria() throws Exception {
        JsonNode j = json(energy("disrupt", "--transit", "TUR", "--year", "2025", "--format", "json"));
        Map<String, JsonNode> m = byMarket(j.get("markets"));
        for (String market : new String[] {"italy", "greece", "bulgaria", "southeast-europe", "syria"}) {
            assertThat(m.get(market).get("lostBcm").asDouble()).as(market).isPositive();
        }
        CliRun text = energy("disrupt", "--transit", "TUR", "--year", "2025");
        assertThat(text.out()).contains("italy loses").contains("syria loses");
    }

    @Test
    void routesGivesAtMostKRoutesCheapestFirst() throws Exception {
        JsonNode j = json(energy(
                "routes", "--from", "shah_deniz", "--to", "italy", "-k", "2", "--year", "2025", "--format", "json"));
        JsonNode routes = j.get("routes");
        assertThat(routes.size()).isBetween(1, 2);
        if (routes.size() == 2) {
            assertThat(routes.get(0).get("tariffUsdPerKcm").asDouble())
                    .isLessThanOrEqualTo(routes.get(1).get("tariffUsdPerKcm").asDouble());
        }
        assertThat(routes.get(0).get("arcs").toString()).contains("tap-it");
        // for people: the known length, "at least" it where a pipeline has none, swaps named; never a bare "?"
        CliRun text = energy("routes", "--from", "shah_deniz", "--to", "syria", "-k", "2", "--year", "2025");
        assertThat(text.out())
                .contains("1 swap")
                .containsPattern(">= [0-9,]+ \\(")
                .doesNotContain(" ? ");
    }

    @Test
    void nMinus1TopLimitsTheRankingAndRanksByLoss() throws Exception {
        JsonNode j = json(energy("n-1", "--top", "3", "--year", "2025", "--format", "json"));
        JsonNode ranking = j.get("ranking");
        assertThat(ranking.size()).isEqualTo(3);
        assertThat(ranking.get(0).get("lostNetbackUsd").asDouble())
                .isGreaterThanOrEqualTo(ranking.get(2).get("lostNetbackUsd").asDouble());
        assertThat(j.get("lpSolves").asInt())
                .isLessThanOrEqualTo(j.get("outagesSolved").asInt());
        assertThat(energy("n-1", "--top", "3", "--year", "2025").out())
                .contains("N-1 caucasus-levant 2025")
                .contains("rank");
    }

    @Test
    void metricsLeavesTheHomeCountryOutOfTheMarketHhi() throws Exception {
        JsonNode j = json(energy("metrics", "--year", "2025", "--format", "json"));
        assertThat(j.get("domesticMarkets").toString())
                .contains("azerbaijan-domestic")
                .contains("nakhchivan");
        double hhi = 0;
        double exports = 0;
        // exports are the hub's own gas: the Qatari gas the network carries to Deir Ali is delivered but not exported
        for (JsonNode m : j.get("markets")) {
            if (!m.get("domestic").asBoolean()) {
                exports += m.get("exportBcm").asDouble();
            }
        }
        for (JsonNode m : j.get("markets")) {
            if (!m.get("domestic").asBoolean()) {
                hhi += Math.pow(100 * m.get("exportBcm").asDouble() / exports, 2);
            }
        }
        assertThat(j.get("hhiMarkets").asDouble()).isCloseTo(hhi, within(1e-6));
        assertThat(exports).isCloseTo(j.get("exportBcm").asDouble(), within(1e-6));
        JsonNode deirAli = byMarket(j.get("markets")).get("syria-deir-ali");
        assertThat(deirAli.get("deliveredBcm").asDouble()).isPositive();
        assertThat(deirAli.get("exportBcm").asDouble()).isZero();
        assertThat(j.get("transitCountries").toString()).doesNotContain("JOR");
        assertThat(energy("metrics", "--year", "2025").out()).contains("Domestic (markets in the home country AZE");
    }

    @Test
    void importGaslibReadsAHandWrittenMorgenFixture() throws Exception {
        Path net = Path.of(getClass().getResource("/gaslib/Tiny5.net").toURI());
        CliRun r = CliRun.of("energy", "import-gaslib", net.toString(), "--format", "json");
        JsonNode j = json(r);
        assertThat(j.get("nodes").asInt()).isEqualTo(5);
        assertThat(j.get("sources").asInt()).isEqualTo(1);
        assertThat(j.get("sinks").asInt()).isEqualTo(2);
        // 4 pipes in both directions + 1 one-way compressor
        assertThat(j.get("arcs").asInt()).isEqualTo(7);
        assertThat(j.get("allocation").get("deliveredBcm").asDouble()).isPositive();
        assertThat(j.get("nMinus1").get("ranking").size()).isPositive();
        CliRun text = CliRun.of("energy", "import-gaslib", net.toString(), "--no-n-1");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Tiny5");
    }

    @Test
    void badIdsGiveOneLineErrorsAndExitOne() {
        CliRun[] runs = {
            energy("routes", "--from", "nope", "--to", "italy"),
            energy("routes", "--from", "shah_deniz", "--to", "atlantis"),
            energy("disrupt", "--cut", "no-such-pipe"),
            energy("disrupt", "--transit", "XXX"),
            CliRun.of("energy", "import-gaslib", "no/such/file.net"),
        };
        for (CliRun r : runs) {
            assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err().strip())
                    .startsWith("error:")
                    .doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }

    /** Every figure shown as "as reported" is the published figure of its source row in gas/deliveries.csv. */
    @Test
    void replayShowsTheReportedFigureAsReportedAndTheModelledDeliveryBeside() throws Exception {
        JsonNode j = json(energy("replay", "--year", "2025", "--format", "json"));
        var pack = dev.crossroads.core.pack.PackLoader.load(PACK);
        int shown = 0;
        for (JsonNode m : j.get("markets")) {
            String id = m.get("market").asText();
            var rows = pack.gas().deliveries().stream()
                    .filter(d -> d.year() == 2025 && d.market().equals(id))
                    .toList();
            // the old field keeps its meaning: the delivery the model holds
            if (!rows.isEmpty()) {
                assertThat(m.get("reportedBcm").asDouble())
                        .isCloseTo(rows.get(0).volumeBcm(), within(1e-9));
                assertThat(m.get("modelledDeliveryBcm").asDouble())
                        .isCloseTo(rows.get(0).volumeBcm(), within(1e-9));
            }
            if (m.get("asReportedBcm").isNull()) {
                continue;
            }
            shown++;
            assertThat(rows).as(id).hasSize(1);
            var row = rows.get(0);
            double source = row.asReportedBcm().isPresent()
                    ? row.asReportedBcm().getAsDouble()
                    : row.provenance().confidence() == dev.crossroads.core.Confidence.REPORTED
                            ? row.volumeBcm()
                            : Double.NaN;
            assertThat(m.get("asReportedBcm").asDouble()).as(id).isEqualTo(source);
        }
        assertThat(shown).isGreaterThanOrEqualTo(3);
        Map<String, JsonNode> byId = byMarket(j.get("markets"));
        assertThat(byId.get("turkiye").get("asReportedBcm").asDouble()).isEqualTo(9.6);
        assertThat(byId.get("syria").get("asReportedBcm").asDouble()).isEqualTo(0.5);
        assertThat(byId.get("syria").get("modelledDeliveryBcm").asDouble()).isEqualTo(0.48);
        CliRun text = energy("replay", "--year", "2025");
        assertThat(text.out()).contains("asReportedBcm").contains("modelledDeliveryBcm");
    }

    /**
     * A group's "as reported" figure is its published total (gas/reported-groups.csv: Europe 12.8 bcm in 2025) and
     * its modelled delivery the sum of its markets' deliveries — each equal to its source rows.
     */
    @Test
    void replayShowsEuropesPublishedTotalBesideTheModelledDeliveries() throws Exception {
        var pack = dev.crossroads.core.pack.PackLoader.load(PACK);
        for (int year : new int[] {2023, 2024, 2025}) {
            JsonNode j = json(energy("replay", "--year", String.valueOf(year), "--format", "json"));
            JsonNode europe = null;
            for (JsonNode g : j.get("groups")) {
                if (g.get("group").asText().equals("Europe")) {
                    europe = g;
                }
            }
            assertThat(europe).as("Europe group in %d", year).isNotNull();
            var row = pack.gas().reportedGroups().stream()
                    .filter(g -> g.group().equals("europe") && g.year() == year)
                    .findFirst()
                    .orElseThrow();
            assertThat(europe.get("asReportedBcm").asDouble()).as("%d", year).isEqualTo(row.reportedBcm());
            double modelled = pack.gas().deliveries().stream()
                    .filter(d -> d.year() == year && row.markets().contains(d.market()))
                    .mapToDouble(d -> d.volumeBcm())
                    .sum();
            assertThat(europe.get("modelledDeliveryBcm").asDouble())
                    .as("%d", year)
                    .isCloseTo(modelled, within(1e-9));
        }
        assertThat(energy("replay", "--year", "2025").out())
                .containsPattern("Europe +italy\\+greece\\+bulgaria\\+southeast-europe\\+albania +12\\.80 +12\\.16");
    }

    @Test
    void theOptimumSaysWhichUncertainInputsDecideIt() throws Exception {
        JsonNode j = json(energy("allocate", "--year", "2025", "--base", "optimum", "--format", "json"));
        assertThat(j.get("base").asText()).isEqualTo("optimum");
        assertThat(j.get("inputCaveats")).isNotEmpty();
        assertThat(j.get("inputCaveats"))
                .anySatisfy(c -> {
                    assertThat(c.get("input").asText()).isEqualTo("price");
                    assertThat(c.get("text").asText())
                            .contains("Illustrative optimum")
                            .contains("italy $380");
                })
                .anySatisfy(c -> assertThat(c.get("ids").toString()).contains("tanap-2"));
        CliRun text = energy("allocate", "--year", "2025", "--base", "optimum");
        assertThat(text.out())
                .contains("Base case: optimum")
                .contains("Inputs that decide this result but are not sourced facts")
                .contains("[conflict] tanap-2 binds at a capacity of 11.10 bcm/y");
    }

    @Test
    void tapCapacityFollowsTheSourcesAndItsConflictIsShown() throws Exception {
        var pack = dev.crossroads.core.pack.PackLoader.load(PACK);
        var tap = pack.gas().pipelines().stream()
                .filter(p -> p.id().equals("tap-gr-1"))
                .findFirst()
                .orElseThrow();
        assertThat(pack.gas().capacityIn(tap, 2021)).isEqualTo(10);
        assertThat(pack.gas().capacityIn(tap, 2022)).isEqualTo(11.1);
        assertThat(pack.gas().capacityIn(tap, 2025)).isEqualTo(11.1);
        assertThat(pack.gas().capacityIn(tap, 2026)).isEqualTo(11.2);
        assertThat(pack.gas().capacityProvenanceIn(tap, 2025).confidence())
                .isEqualTo(dev.crossroads.core.Confidence.CONFLICT);
    }

    @Test
    void withTurkiyeClosedTheTransitHhiReadsAsUndefinedNotZero() throws Exception {
        CliRun r = energy("metrics", "--transit", "TUR", "--year", "2025");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("HHI transit countries: none")
                .contains("undefined")
                .doesNotContain("HHI transit countries 0");
        JsonNode j = json(energy("metrics", "--transit", "TUR", "--year", "2025", "--format", "json"));
        assertThat(j.get("transitHhiDefined").asBoolean()).isFalse();
        assertThat(j.get("hhiTransitCountries").asDouble()).isZero();
    }

    @Test
    void aMarketCutOffNamesTheCutNotTheFullPipesUpstream() {
        CliRun r = energy("disrupt", "--cut", "kilis-aleppo", "--year", "2025");
        assertThat(r.out())
                .contains("cut off: every route from a field to it runs through kilis-aleppo")
                .doesNotContain("acg (14.10 bcm)")
                .doesNotContain("limited by scp-az");
        assertThat(r.out()
                        .lines()
                        .filter(l -> l.startsWith("southeast-europe"))
                        .findFirst()
                        .orElseThrow())
                .as("a market that gains shows no negative loss")
                .doesNotContain("-0.48");
    }
}
