package dev.crossroads.app.web.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A kind of long computation the server runs as a job ({@code POST /api/jobs/{kind}}). Engines register
 * theirs when the server is built; the name is namespaced by pillar, e.g. {@code energy.allocate}.
 */
public interface JobKind {
    /** The name in the URL: lower case letters, digits, dots and dashes. */
    String name();

    /** One line for the job list: what it computes. */
    String description();

    /**
     * Checks the request's parameters and returns the work to run. Runs on the request thread, so it must be
     * quick.
     *
     * @throws IllegalArgumentException with a message naming the bad parameter and what it should be;
     *     the client gets 400 and no job is created
     */
    Work prepare(JsonNode params);

    /**
     * The parameter names this kind reads, if it declares them: the service then refuses any other field with 400
     * before {@link #prepare(JsonNode)} (a typo must not silently fall back to a default). Empty: not checked.
     */
    default java.util.Optional<java.util.Set<String>> parameters() {
        return java.util.Optional.empty();
    }

    /**
     * Called once by the {@link JobService} the kind is registered with, for kinds whose parameters name other
     * jobs (e.g. the logistics of a finished programme job). Does nothing by default.
     */
    default void attach(JobService jobs) {}

    /** The work of one job. */
    @FunctionalInterface
    interface Work {
        /**
         * Computes the result (serialized to JSON with the app's mapper). Call {@link JobContext#checkCancelled()}
         * between steps so that a cancel takes effect.
         *
         * @throws IllegalArgumentException or {@link IllegalStateException} with a message the user can act on;
         *     the job fails with that message
         */
        Object run(JobContext context) throws Exception;
    }
}
