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
 */
public record JobView(String id, String kind, String status, Instant createdAt, Optional<Instant> startedAt,
                      Optional<Instant> finishedAt, JsonNode params, Optional<JsonNode> result, Optional<String> error,
                      Optional<String> note) {
}
