package dev.crossroads.core.roads;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.Optional;

/**
 * An undirected road segment with its state. A segment that is not open names the asset class whose work
 * package reopens it.
 */
public record RoadSegment(
        String id,
        String from,
        String to,
        String road,
        double lengthKm,
        RoadClass roadClass,
        State state,
        Optional<String> repairAssetClass,
        Provenance provenance) {
    public RoadSegment {
        Checks.id("id", id);
        Checks.id("from", from);
        Checks.id("to", to);
        if (from.equals(to)) {
            throw new ModelException("to", "segment " + id + " starts and ends at " + from);
        }
        road = Checks.text(road);
        Checks.positive("length_km", lengthKm);
        Checks.present("road_class", roadClass);
        Checks.present("state", state);
        Checks.present("repair_asset_class", repairAssetClass);
        if (state != State.OPEN && repairAssetClass.isEmpty()) {
            throw new ModelException(
                    "repair_asset_class",
                    "segment " + id + " is " + state.name().toLowerCase(java.util.Locale.ROOT)
                            + ": name the asset class whose work reopens it in repair_asset_class");
        }
        Checks.present("provenance", provenance);
    }

    public enum RoadClass {
        MOTORWAY,
        PRIMARY,
        SECONDARY
    }

    public enum State {
        OPEN,
        DAMAGED,
        DESTROYED_BRIDGE
    }
}
