package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.testing.Requirements;
import dev.crossroads.rebuild.programme.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 8: `rebuild plan --equity-min-share 2` on the default pack was infeasible (the floor made packages
 * required that cannot fit the horizon). Now it gives a plan, and the output says per region whether the floor was
 * met and, where not, why.
 */
class EquityFloorCliTest {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");

    @Test
    void aSmallFloorOnTheDefaultPackGivesAPlanThatSaysWhichRegionsMetIt() throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        CliRun r = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                DEFAULT_PACK.toString(),
                "--no-progress",
                "--seed",
                "7",
                "--workers",
                "1",
                "--work-limit",
                "0.5",
                "--equity-min-share",
                "2",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        JsonNode equity = j.path("equity");
        assertThat(equity.path("minSharePercent").asDouble()).isEqualTo(2.0);
        assertThat(equity.path("regions").size())
                .isEqualTo(j.path("regions").size())
                .isEqualTo(14);
        int met = 0;
        for (JsonNode f : equity.path("regions")) {
            String region = f.path("region").asText();
            if (f.path("met").asBoolean()) {
                met++;
                assertThat(f.path("assuredPercent").asDouble()).as(region).isGreaterThanOrEqualTo(2.0);
                assertThat(f.path("why").asText()).as(region).isEmpty();
            } else {
                assertThat(f.path("why").asText()).as(region).isNotBlank();
            }
            assertThat(f.path("upperBoundPercent").asDouble())
                    .as(region)
                    .isGreaterThanOrEqualTo(f.path("assuredPercent").asDouble());
            // what the floor assures, the plan restores (no power input: service counts in full)
            for (JsonNode o : j.path("regions")) {
                if (o.path("region").asText().equals(region)) {
                    assertThat(o.path("servicePercent").asDouble())
                            .as(region)
                            .isGreaterThanOrEqualTo(f.path("assuredPercent").asDouble() - 0.1);
                }
            }
        }
        assertThat(met).as("most regions reach a 2%% floor").isGreaterThanOrEqualTo(10);
        // the table for people says it in one line and per region
        Plan plan = Json.MAPPER.treeToValue(j, Plan.class);
        StringWriter text = new StringWriter();
        dev.crossroads.rebuild.programme.Programme prog = dev.crossroads.rebuild.RebuildEngine.programme(
                PackOption.load(DEFAULT_PACK).rebuild(),
                dev.crossroads.rebuild.programme.ProgrammeSettings.defaults(plan.startYear())
                        .withEquityMinShare(2));
        PlanTables.print(new PrintWriter(text), prog, plan);
        assertThat(text.toString())
                .contains("Equity: floor 2.0% of each region's own service by 2036-12 asked; " + met + " of 14 regions "
                        + "reach it")
                .contains("why not more");
    }
}
