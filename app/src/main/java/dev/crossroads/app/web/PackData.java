package dev.crossroads.app.web;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.PackViews;
import dev.crossroads.core.pack.PackSummary;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.scenario.PackScenarios;
import dev.crossroads.scenario.ScenarioSpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The pack as the API serves it, rendered to JSON once at start: the pack does not change while serving. */
final class PackData {
    private final RegionPack pack;
    private final byte[] summary;
    private final Map<PackViews.Section, byte[]> sections = new EnumMap<>(PackViews.Section.class);

    PackData(RegionPack pack) {
        this.pack = pack;
        this.summary = bytes(summaryWithDefaultScenario(pack));
        for (PackViews.Section s : PackViews.Section.values()) {
            sections.put(s, bytes(PackViews.jsonSection(pack, s)));
        }
    }

    RegionPack pack() {
        return pack;
    }

    byte[] summary() {
        return summary;
    }

    /**
     * The pack's summary plus {@code defaultScenario}: the scenario the Brief proposes for this pack (its
     * {@code defaultScenario} in pack.yaml, else one built from its own data) and where it comes from, so a client
     * pre-selects the pack's own scenario rather than one it knows from another pack.
     */
    private static Map<String, Object> summaryWithDefaultScenario(RegionPack pack) {
        Map<String, Object> out = Json.MAPPER.convertValue(PackSummary.of(pack), new TypeReference<>() {});
        PackScenarios.Choice choice = PackScenarios.defaultFor(pack);
        ScenarioSpec spec = choice.spec();
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", spec.name());
        spec.year().ifPresent(y -> scenario.put("year", y));
        scenario.put("cut", spec.cut());
        scenario.put("transit", spec.transit());
        scenario.put(
                "dyads",
                spec.dyads().stream().map(d -> Map.of("a", d.a(), "b", d.b())).toList());
        spec.at().ifPresent(d -> scenario.put("at", d.toString()));
        scenario.put("fromPack", choice.fromPack());
        scenario.put("origin", choice.origin());
        out.put("defaultScenario", scenario);
        return out;
    }

    byte[] section(String name) {
        PackViews.Section s;
        try {
            s = PackViews.Section.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no pack section '" + name + "'. Sections: " + sectionNames() + ".");
        }
        return sections.get(s);
    }

    static String sectionNames() {
        return Arrays.stream(PackViews.Section.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static byte[] bytes(Object value) {
        return Json.write(value).getBytes(StandardCharsets.UTF_8);
    }
}
