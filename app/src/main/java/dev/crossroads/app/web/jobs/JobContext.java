package dev.crossroads.app.web.jobs;

import java.util.concurrent.CancellationException;

/** What a running job can ask of the server: whether it was cancelled. */
public final class JobContext {
    private final String id;
    private volatile boolean cancelled;
    private volatile long done = -1;
    private volatile long total = -1;

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

    /** Reports how far the job is ({@code done} of {@code total} steps); shown while it runs. */
    public void progress(long doneSteps, long totalSteps) {
        if (totalSteps > 0 && doneSteps >= 0) {
            this.total = totalSteps;
            this.done = Math.min(doneSteps, totalSteps);
        }
    }

    /** The last progress reported, as {done, total}, or empty when the job reports none. */
    java.util.Optional<long[]> progress() {
        long t = total;
        long d = done;
        return t > 0 && d >= 0 ? java.util.Optional.of(new long[] {d, t}) : java.util.Optional.empty();
    }

    void cancel() {
        cancelled = true;
    }
}
