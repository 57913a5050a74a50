package dev.crossroads.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One computation (an energy allocation, a rebuild plan, ...) and its outcome.
 *
 * @param id a UUID
 * @param kind what was computed, e.g. {@code energy.allocate} or {@code rebuild.plan}
 * @param scenarioId the scenario it ran on, if any
 * @param status where it is in its life cycle
 * @param createdAt when it was created
 * @param startedAt when it started running
 * @param finishedAt when it reached a terminal status
 * @param paramsJson its parameters as JSON
 * @param resultJson its result as JSON, once done
 * @param error what went wrong, once failed
 */
public record RunRecord(
        String id,
        String kind,
        Optional<String> scenarioId,
        RunStatus status,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        String paramsJson,
        Optional<String> resultJson,
        Optional<String> error) {

    /** Checks that no component is null; instants are truncated to microseconds. */
    public RunRecord {
        Jdbc.requireText("run id", id);
        Jdbc.requireText("run kind", kind);
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(status, "status");
        createdAt = Jdbc.micros(createdAt);
        startedAt = Objects.requireNonNull(startedAt, "startedAt").map(Jdbc::micros);
        finishedAt = Objects.requireNonNull(finishedAt, "finishedAt").map(Jdbc::micros);
        Objects.requireNonNull(paramsJson, "paramsJson");
        Objects.requireNonNull(resultJson, "resultJson");
        Objects.requireNonNull(error, "error");
    }
}
