package dev.crossroads.app.web.jobs;

import java.util.concurrent.CancellationException;

/** What a running job can ask of the server: whether it was cancelled. */
public final class JobContext {
    private final String id;
    private volatile boolean cancelled;

    JobContext(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean cancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /** Throws {@link CancellationException} if the job was cancelled; call it between steps of long work. */
    public void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("job " + id + " was cancelled");
        }
    }

    void cancel() {
        cancelled = true;
    }
}
