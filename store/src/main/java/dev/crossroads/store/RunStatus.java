package dev.crossroads.store;

import java.util.Locale;

/** Life cycle of a {@link RunRecord}: queued, running, then done, failed or cancelled. */
public enum RunStatus {
    /** Created, waiting to start. */
    QUEUED,
    /** Started. */
    RUNNING,
    /** Finished with a result. */
    DONE,
    /** Stopped by an error. */
    FAILED,
    /** Stopped on request. */
    CANCELLED;

    /** Whether the run can no longer change. */
    public boolean isTerminal() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunStatus of(String db) {
        return valueOf(db.toUpperCase(Locale.ROOT));
    }
}
