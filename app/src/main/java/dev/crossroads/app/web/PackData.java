package dev.crossroads.app.web;

import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.PackViews;
import dev.crossroads.core.pack.PackSummary;
import dev.crossroads.core.pack.RegionPack;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
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
        this.summary = bytes(PackSummary.of(pack));
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
