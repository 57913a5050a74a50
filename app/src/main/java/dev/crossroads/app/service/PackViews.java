package dev.crossroads.app.service;

import dev.crossroads.core.pack.RegionPack;

/** The pack's sections as data: what {@code pack show --section X --format json} prints and {@code /api/pack/X} serves. */
public final class PackViews {
    private PackViews() {}

    /** The sections of {@code pack show} and of the HTTP API's {@code /api/pack/{section}}. */
    public enum Section {
        COUNTRIES,
        ACTORS,
        RELATIONS,
        EVENTS,
        GAS,
        REBUILD,
        ROADS,
        SOURCES,
        POWER
    }

    /** The value of one section. */
    public static Object jsonSection(RegionPack p, Section section) {
        return switch (section) {
            case COUNTRIES -> p.countries();
            case ACTORS -> p.actors();
            case RELATIONS -> p.relations();
            case EVENTS -> p.events();
            case GAS -> p.gas();
            case REBUILD -> p.rebuild();
            case ROADS -> p.roads();
            case SOURCES -> p.sources();
            case POWER -> p.power();
        };
    }
}
