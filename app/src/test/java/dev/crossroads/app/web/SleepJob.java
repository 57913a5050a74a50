package dev.crossroads.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.web.jobs.JobKind;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A job kind for tests only: waits until released (or {@code millis}), then returns {@code {"echo": value}},
 * or fails with {@code fail} as its message. It checks for cancellation while it waits.
 */
final class SleepJob implements JobKind {
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String name() {
        return "test.sleep";
    }

    @Override
    public String description() {
        return "waits, then echoes its value (tests only)";
    }

    @Override
    public Work prepare(JsonNode params) {
        long millis = params.path("millis").asLong(0);
        if (millis < 0 || millis > 60_000) {
            throw new IllegalArgumentException("millis must be in 0..60000, got " + millis);
        }
        boolean hold = params.path("hold").asBoolean(false);
        String fail = params.path("fail").asText("");
        JsonNode value = params.path("value");
        long steps = params.path("steps").asLong(0);
        return ctx -> {
            if (steps > 0) {
                ctx.progress(steps / 2, steps);
            }
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (hold ? release.getCount() > 0 : System.nanoTime() < end) {
                ctx.checkCancelled();
                Thread.sleep(5);
            }
            if (!fail.isEmpty()) {
                throw new IllegalStateException(fail);
            }
            return Map.of("echo", value.isMissingNode() ? "none" : value);
        };
    }
}
