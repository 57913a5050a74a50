package dev.crossroads.app.web.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A job as the API shows it.
 *
 * @param status queued, running, done, failed or cancelled
 * @param result the result once done
 * @param error what went wrong once failed
 * @param note a remark, e.g. that the job is not running in this server
 * @param progress while running, the steps done and their total, for jobs that count them (N-1 outages)
 */
public record JobView(
        String id,
        String kind,
        String status,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        JsonNode params,
        Optional<JsonNode> result,
        Optional<String> error,
        Optional<String> note,
        Optional<Progress> progress) {
    /** {@code done} of {@code total} steps. */
    public record Progress(long done, long total) {}

    public JobView(
            String id,
            String kind,
            String status,
            Instant createdAt,
            Optional<Instant> startedAt,
            Optional<Instant> finishedAt,
            JsonNode params,
            Optional<JsonNode> result,
            Optional<String> error,
            Optional<String> note) {
        this(id, kind, status, createdAt, startedAt, finishedAt, params, result, error, note, Optional.empty());
    }
}
