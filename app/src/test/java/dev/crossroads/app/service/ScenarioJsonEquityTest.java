package dev.crossroads.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.scenario.ScenarioException;
import dev.crossroads.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/** Issue 13 item 8: equity is an explicit choice in a scenario file's rebuild section. */
class ScenarioJsonEquityTest {
    @Test
    void aScenarioNamesItsEquityFloorAndABadOneIsRefusedByName() throws Exception {
        ScenarioSpec s = ScenarioJson.read(
                Json.MAPPER.readTree("{\"name\": \"fair\", \"rebuild\": {\"equityMinSharePercent\": 20}}"));
        assertThat(s.changes().equityMinSharePercent().getAsDouble()).isEqualTo(20);
        ScenarioSpec none = ScenarioJson.read(Json.MAPPER.readTree("{\"name\": \"plain\"}"));
        assertThat(none.changes().equityMinSharePercent()).isEmpty();
        assertThatThrownBy(() -> ScenarioJson.read(
                        Json.MAPPER.readTree("{\"name\": \"x\", \"rebuild\": {\"equityMinSharePercent\": 140}}")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("equityMinSharePercent");
    }
}
