package dev.crossroads.app.web.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.web.ApiException;
import dev.crossroads.store.RunRecord;
import dev.crossroads.store.RunRepository;
import dev.crossroads.store.RunStatus;
import dev.crossroads.store.StoreException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs on a bounded pool and keeps their state in the store's runs table, so that finished results
 * outlive a restart. At most {@code threads} jobs run at once and {@code queue} wait; a submission beyond
 * that is refused with 503 rather than piling up.
 */
public final class JobService implements AutoCloseable {
    private static final String NAME = "[a-z0-9][a-z0-9.-]{0,63}";

    private final RunRepository runs;
    private final Map<String, JobKind> kinds = new LinkedHashMap<>();
    private final ThreadPoolExecutor pool;
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    /** Places for jobs (running plus waiting): taken before a run is recorded, so a refused job writes nothing. */
    private final java.util.concurrent.Semaphore places;
    /** Runs that a crash or kill left queued or running, marked failed when this service started. */
    private final int recovered;

    /** The reason given to runs that a previous server left unfinished. */
    public static final String RECOVERED =
            "the server stopped (crash, kill or restart) before this job finished; submit it again";

    private record Active(JobContext context, Future<?> future) {}

    public JobService(RunRepository runs, Collection<? extends JobKind> kinds, int threads, int queue) {
        this.runs = runs;
        for (JobKind k : kinds) {
            if (!k.name().matches(NAME)) {
                throw new IllegalArgumentException("job kind name '" + k.name() + "' must match " + NAME);
            }
            if (this.kinds.put(k.name(), k) != null) {
                throw new IllegalArgumentException("job kind " + k.name() + " is registered twice");
            }
        }
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(),
                r -> { // bounded by places, not by the queue
                    Thread t = new Thread(r, "crossroads-job-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.places = new java.util.concurrent.Semaphore(threads + queue);
        // jobs run in this process only: whatever a previous process left queued or running will never finish
        this.recovered = runs.failUnfinished(RECOVERED);
        this.kinds.values().forEach(k -> k.attach(this));
    }

    /** How many unfinished runs of a previous server were marked failed on start. */
    public int recovered() {
        return recovered;
    }

    /** The registered kinds, name to description, in registration order. */
    public Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        kinds.forEach((k, v) -> m.put(k, v.description()));
        return m;
    }

    /** Checks the parameters, records a queued run and hands it to the pool. */
    public JobView submit(String kind, JsonNode params) {
        JobKind k = kinds.get(kind);
        if (k == null) {
            throw ApiException.notFound("no job kind '" + kind + "'. "
                    + (kinds.isEmpty()
                            ? "This server has no job kinds yet: they come with the engines (energy, rebuild)."
                            : "Known kinds: " + String.join(", ", kinds.keySet()) + "."));
        }
        Optional<java.util.Set<String>> known = k.parameters();
        if (known.isPresent()) {
            List<String> unknown = new java.util.ArrayList<>();
            params.fieldNames().forEachRemaining(f -> {
                if (!known.get().contains(f)) {
                    unknown.add(f.length() <= 40 ? f : f.substring(0, 40) + "...");
                }
            });
            if (!unknown.isEmpty()) {
                throw ApiException.badRequest("unknown parameter" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))) + " for " + kind
                        + ": it takes "
                        + String.join(", ", new java.util.TreeSet<>(known.get())));
            }
        }
        JobKind.Work work;
        try {
            work = k.prepare(params);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameters for " + kind + ": " + e.getMessage());
        }
        if (!places.tryAcquire()) {
            throw busy();
        }
        RunRecord run;
        try {
            run = runs.createRun(kind, Optional.empty(), params.toString());
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        JobContext ctx = new JobContext(run.id());
        try {
            synchronized (this) {
                Future<?> f = pool.submit(() -> execute(run.id(), work, ctx));
                active.put(run.id(), new Active(ctx, f));
            }
        } catch (RejectedExecutionException e) {
            places.release();
            runs.failRun(run.id(), "refused: the server was busy");
            throw busy();
        }
        return view(runs.getRun(run.id()).orElseThrow());
    }

    private ApiException busy() {
        return new ApiException(
                503,
                "the server is busy: " + pool.getActiveCount() + " jobs are running and "
                        + pool.getQueue().size() + " waiting. Try again when one has finished.");
    }

    /** Frees the place of a job that has left {@link #active} (once per job). */
    private void leave(String id) {
        synchronized (this) {
            if (active.remove(id) != null) {
                places.release();
            }
        }
    }

    private void execute(String id, JobKind.Work work, JobContext ctx) {
        try {
            if (ctx.cancelled()) {
                return;
            }
            runs.updateRunStatus(id, RunStatus.RUNNING);
            Object result = work.run(ctx);
            ctx.checkCancelled();
            runs.finishRun(id, Json.MAPPER.writeValueAsString(result));
        } catch (CancellationException | InterruptedException e) {
            // a DELETE recorded the cancel already; a shutdown did not
            try {
                runs.updateRunStatus(id, RunStatus.CANCELLED);
            } catch (StoreException ignored) {
                // terminal already
            }
        } catch (StoreException e) {
            // cancelled meanwhile (terminal already) or the store is gone: nothing more to record
        } catch (IllegalArgumentException | IllegalStateException e) {
            fail(id, e.getMessage());
        } catch (Exception | Error e) {
            fail(id, "internal error: " + e + " (report it with the job's parameters)");
        } finally {
            leave(id);
        }
    }

    private void fail(String id, String message) {
        try {
            runs.failRun(id, message == null ? "failed without a message" : message);
        } catch (StoreException ignored) {
            // cancelled meanwhile
        }
    }

    /** The job with this id, as stored. */
    public JobView get(String id) {
        return view(find(id));
    }

    /** The latest jobs, newest first, without their results (GET /api/jobs/{id} has the result). */
    public List<JobView> list(int limit) {
        return list(limit, 0);
    }

    /** A page of jobs, newest first, without their results: read from the store one page at a time. */
    public List<JobView> list(int limit, int offset) {
        return runs.listRecent(limit, offset).stream().map(this::view).toList();
    }

    /** How many jobs are stored. */
    public long count() {
        return runs.countRuns();
    }

    /** Cancels a queued or running job; a finished one cannot be cancelled (409). */
    public JobView cancel(String id) {
        RunRecord run = find(id);
        if (run.status().isTerminal()) {
            throw ApiException.conflict("job " + id + " is " + status(run) + " already and cannot be cancelled");
        }
        try {
            runs.updateRunStatus(id, RunStatus.CANCELLED); // first, so the stopping worker cannot record it instead
        } catch (StoreException e) {
            RunRecord now = find(id);
            throw ApiException.conflict("job " + id + " is " + status(now) + " already and cannot be cancelled");
        }
        Active a = active.get(id);
        if (a != null) {
            a.context().cancel();
            a.future().cancel(true);
            if (a.future() instanceof Runnable queued) {
                pool.remove(queued); // frees its place in the queue
            }
            leave(id); // a job cancelled while queued never runs, so its own cleanup never happens
        }
        return view(find(id));
    }

    private RunRecord find(String id) {
        return runs.getRun(id)
                .orElseThrow(() ->
                        ApiException.notFound("no job " + id + ": check the id returned by POST /api/jobs/{kind}"));
    }

    private JobView view(RunRecord r) {
        Optional<String> note = Optional.empty();
        if (!r.status().isTerminal() && !active.containsKey(r.id())) {
            note = Optional.of("this job is not running in this server (it was started by another process, or the "
                    + "server restarted); DELETE it and submit it again");
        }
        Optional<JobView.Progress> progress = r.status().isTerminal()
                ? Optional.empty()
                : Optional.ofNullable(active.get(r.id()))
                        .flatMap(a -> a.context().progress())
                        .map(p -> new JobView.Progress(p[0], p[1]));
        return new JobView(
                r.id(),
                r.kind(),
                status(r),
                r.createdAt(),
                r.startedAt(),
                r.finishedAt(),
                parse(r.paramsJson()),
                r.resultJson().map(JobService::parse),
                r.error(),
                note,
                progress);
    }

    private static String status(RunRecord r) {
        return r.status().name().toLowerCase(Locale.ROOT);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }

    /** Stops taking jobs, cancels the running ones and waits a little for them to stop. */
    @Override
    public void close() {
        pool.shutdownNow();
        for (String id : List.copyOf(active.keySet())) {
            try {
                runs.updateRunStatus(id, RunStatus.CANCELLED);
            } catch (StoreException ignored) {
                // finished meanwhile
            }
        }
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
