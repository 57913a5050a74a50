package dev.crossroads.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A named what-if scenario.
 *
 * @param id unique id ({@link #of} makes a UUID)
 * @param name display name
 * @param createdAt when it was first created
 * @param specJson the scenario specification as JSON
 */
public record ScenarioRecord(String id, String name, Instant createdAt, String specJson) {

    /** Checks that no component is null; the instant is truncated to microseconds. */
    public ScenarioRecord {
        Jdbc.requireText("scenario id", id);
        Objects.requireNonNull(name, "name");
        createdAt = Jdbc.micros(createdAt);
        Objects.requireNonNull(specJson, "specJson");
    }

    /** A new scenario with a random UUID. */
    public static ScenarioRecord of(String name, String specJson, Instant createdAt) {
        return new ScenarioRecord(UUID.randomUUID().toString(), name, createdAt, specJson);
    }
}
