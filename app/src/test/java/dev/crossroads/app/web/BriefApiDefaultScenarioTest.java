package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.pack.TestPacks;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/brief without parameters takes the pack's own default scenario (issue 13, item 16). */
class BriefApiDefaultScenarioTest {
    @TempDir
    Path tmp;

    @Test
    void theBriefOfAPackWithoutADefaultScenarioIsItsBaseCase() throws Exception {
        try (TestServer s = TestServer.sqlite(TestPacks.minimal(), tmp, List.of())) {
            HttpResponse<String> r = s.get("/api/brief");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode scenario = TestServer.json(r).path("scenario");
            assertThat(scenario.path("name").asText()).isEqualTo("Base case");
            assertThat(scenario.path("cut")).isEmpty();
            assertThat(scenario.path("dyads")).isEmpty();

            JsonNode proposed = TestServer.json(s.get("/api/pack")).path("defaultScenario");
            assertThat(proposed.path("name").asText()).isEqualTo("Base case");
            assertThat(proposed.path("fromPack").asBoolean()).isFalse();
            assertThat(proposed.path("cut")).isEmpty();
            assertThat(proposed.path("origin").asText()).contains("no defaultScenario in pack.yaml");

            HttpResponse<String> dyad = s.get("/api/brief?a=BBB&b=CCC&cut=p3");
            assertThat(dyad.statusCode()).as(dyad.body()).isEqualTo(200);
            assertThat(TestServer.json(dyad)
                            .path("scenario")
                            .path("dyads")
                            .get(0)
                            .path("a")
                            .asText())
                    .isEqualTo("BBB");

            HttpResponse<String> half = s.get("/api/brief?a=BBB");
            assertThat(half.statusCode()).isEqualTo(400);
            assertThat(half.body()).contains("parameter 'b' is required with 'a'");
        }
    }

    @Test
    void theDefaultPackProposesTheScenarioItsPackYamlNames() throws Exception {
        try (TestServer s = TestServer.sqlite(Path.of("..", "packs", "caucasus-levant"), tmp, List.of())) {
            JsonNode proposed = TestServer.json(s.get("/api/pack")).path("defaultScenario");
            assertThat(proposed.path("fromPack").asBoolean()).isTrue();
            assertThat(proposed.path("cut").get(0).asText()).isEqualTo("kilis-aleppo");
            assertThat(proposed.path("dyads").get(0).path("a").asText()).isEqualTo("SYR");
            assertThat(proposed.path("dyads").get(0).path("b").asText()).isEqualTo("ISR");
        }
    }
}
