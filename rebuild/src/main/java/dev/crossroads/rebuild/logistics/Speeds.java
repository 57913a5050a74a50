package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.roads.RoadSegment;

/**
 * Average speeds of a loaded heavy truck by road class, in km/h, including checkpoints and slow sections.
 * Illustrative defaults: motorway 65, primary 50, secondary 35. A damaged segment or a destroyed bridge is
 * impassable until its repair is done; after that it runs at its class speed.
 */
public record Speeds(double motorwayKmh, double primaryKmh, double secondaryKmh) {
    public static final Speeds DEFAULT = new Speeds(65, 50, 35);

    public Speeds {
        if (!(motorwayKmh > 0 && primaryKmh > 0 && secondaryKmh > 0)) {
            throw new IllegalArgumentException("speeds must be positive");
        }
    }

    public double kmh(RoadSegment.RoadClass c) {
        return switch (c) {
            case MOTORWAY -> motorwayKmh;
            case PRIMARY -> primaryKmh;
            case SECONDARY -> secondaryKmh;
        };
    }

    public double minutes(RoadSegment s) {
        return s.lengthKm() / kmh(s.roadClass()) * 60.0;
    }
}
