package dev.crossroads.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Computation runs and their life cycle: {@link #createRun} (queued), {@link #updateRunStatus}
 * (running or cancelled), then {@link #finishRun} or {@link #failRun}. A run in a terminal status
 * never changes again. Get one from {@link Store#runs()}.
 */
public final class RunRepository {
    private static final String COLUMNS =
            "id, kind, scenario_id, status, created_at, started_at, finished_at, params_json," + " result_json, error";
    private static final String NOT_TERMINAL = " AND status IN ('queued', 'running')";

    private final Db db;
    private final Clock clock;

    RunRepository(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Creates a queued run.
     *
     * @param kind what is computed, e.g. {@code energy.allocate}
     * @param scenarioId the stored scenario it runs on, if any
     * @param paramsJson parameters as JSON
     * @throws IllegalArgumentException if {@code paramsJson} is not valid JSON
     * @throws StoreException if the scenario is not stored
     */
    public RunRecord createRun(String kind, Optional<String> scenarioId, String paramsJson) {
        RunRecord run = new RunRecord(
                UUID.randomUUID().toString(),
                kind,
                scenarioId,
                RunStatus.QUEUED,
                clock.instant(),
                Optional.empty(),
                Optional.empty(),
                Jdbc.requireJson("run params", paramsJson),
                Optional.empty(),
                Optional.empty());
        db.write("creating a " + kind + " run", c -> {
            if (scenarioId.isPresent() && !Jdbc.exists(c, "SELECT 1 FROM scenarios WHERE id = ?", scenarioId.get())) {
                throw new StoreException(
                        "cannot create run: no scenario " + scenarioId.get() + " is stored. Save it first.");
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO runs (id, kind, scenario_id, status, created_at, params_json)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, run.id());
                ps.setString(2, run.kind());
                Jdbc.set(ps, 3, run.scenarioId());
                ps.setString(4, run.status().db());
                ps.setString(5, Jdbc.text(run.createdAt()));
                ps.setString(6, run.paramsJson());
                return ps.executeUpdate();
            }
        });
        return run;
    }

    /**
     * Moves a run to {@link RunStatus#RUNNING} (from queued; records the start time) or {@link
     * RunStatus#CANCELLED} (from queued or running; records the finish time).
     *
     * @throws IllegalArgumentException for any other target status: use {@link #finishRun} or {@link
     *     #failRun}
     * @throws StoreException if the run is unknown or the move is not allowed from its status
     */
    public RunRecord updateRunStatus(String id, RunStatus status) {
        String now = Jdbc.text(clock.instant());
        return switch (status) {
            case RUNNING ->
                update(
                        id,
                        status,
                        "UPDATE runs SET status = 'running', started_at = ? WHERE id = ? AND status = 'queued'",
                        now);
            case CANCELLED ->
                update(
                        id,
                        status,
                        "UPDATE runs SET status = 'cancelled', finished_at = ? WHERE id = ?" + NOT_TERMINAL,
                        now);
            default ->
                throw new IllegalArgumentException(
                        "updateRunStatus moves a run to RUNNING or CANCELLED; use finishRun or failRun for " + status);
        };
    }

    /**
     * Marks a queued or running run as done with its result.
     *
     * @throws IllegalArgumentException if {@code resultJson} is not valid JSON
     * @throws StoreException if the run is unknown or already terminal
     */
    public RunRecord finishRun(String id, String resultJson) {
        Jdbc.requireJson("run result", resultJson);
        String now = Jdbc.text(clock.instant());
        return update(
                id,
                RunStatus.DONE,
                "UPDATE runs SET status = 'done', started_at = COALESCE(started_at, ?), finished_at = ?,"
                        + " result_json = ? WHERE id = ?"
                        + NOT_TERMINAL,
                now,
                now,
                resultJson);
    }

    /**
     * Marks a queued or running run as failed with an error message.
     *
     * @throws StoreException if the run is unknown or already terminal
     */
    public RunRecord failRun(String id, String error) {
        String now = Jdbc.text(clock.instant());
        return update(
                id,
                RunStatus.FAILED,
                "UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE id = ?" + NOT_TERMINAL,
                now,
                Objects.requireNonNull(error, "error"));
    }

    /**
     * A finished run made outside the job queue, under an id its maker chose: a programme saved by {@code rebuild
     * plan --save base}, or one imported from a file.
     *
     * @param id the id to store it under (a name such as {@code base}, not necessarily a UUID)
     * @param createdAt when it was made (for an imported file: when the file was written)
     */
    public record FinishedRun(String id, String kind, String paramsJson, String resultJson, Instant createdAt) {
        public FinishedRun {
            Jdbc.requireText("run id", id);
            Jdbc.requireText("run kind", kind);
            Jdbc.requireJson("run params", paramsJson);
            Jdbc.requireJson("run result", resultJson);
            createdAt = Jdbc.micros(createdAt);
        }
    }

    /**
     * Stores finished runs under their own ids in one transaction: all are stored or none is. A stored run with the
     * same id and kind is replaced as a whole (a name saved again names the new run).
     *
     * @throws StoreException if an id is stored for a run of another kind (nothing is stored then)
     */
    public void saveFinished(List<FinishedRun> finished) {
        if (finished.isEmpty()) {
            return;
        }
        db.write("saving " + finished.size() + " finished run(s)", c -> {
            int n = 0;
            for (FinishedRun r : finished) {
                Optional<RunRecord> old = find(c, r.id());
                if (old.isPresent() && !old.get().kind().equals(r.kind())) {
                    throw new StoreException("cannot save run " + r.id() + " as a " + r.kind()
                            + " run: that id names a " + old.get().kind() + " run. Choose another id.");
                }
                try (PreparedStatement del = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
                    del.setString(1, r.id());
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO runs (id, kind, status, created_at, started_at, finished_at, params_json,"
                                + " result_json) VALUES (?, ?, 'done', ?, ?, ?, ?, ?)")) {
                    String at = Jdbc.text(r.createdAt());
                    ps.setString(1, r.id());
                    ps.setString(2, r.kind());
                    ps.setString(3, at);
                    ps.setString(4, at);
                    ps.setString(5, at);
                    ps.setString(6, r.paramsJson());
                    ps.setString(7, r.resultJson());
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }

    /** The run with this id, if stored. */
    public Optional<RunRecord> getRun(String id) {
        return db.read("reading run " + id, c -> find(c, id));
    }

    /** The runs of one kind, newest first. */
    public List<RunRecord> listRuns(String kind) {
        return list(" WHERE kind = ?", kind);
    }

    /** All runs, newest first. */
    public List<RunRecord> listRuns() {
        return list("", null);
    }

    /**
     * One page of runs, newest first, WITHOUT their results (result_json is read as empty): listing never
     * reads the (possibly large) results. {@code offset} rows are skipped, at most {@code limit} returned.
     */
    public List<RunRecord> listRecent(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        return db.read("listing runs", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, kind, scenario_id, status, created_at, started_at, finished_at,"
                            + " params_json, NULL AS result_json, error FROM runs"
                            + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    List<RunRecord> runs = new ArrayList<>();
                    while (rs.next()) {
                        runs.add(run(rs));
                    }
                    return runs;
                }
            }
        });
    }

    /** How many runs are stored. */
    public long countRuns() {
        return db.read("counting runs", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM runs");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Marks every queued or running run as failed with {@code error}: what a server does on start for runs that
     * a crash or kill left unfinished (no process works on them any more). Returns how many were marked.
     */
    public int failUnfinished(String error) {
        Objects.requireNonNull(error, "error");
        String now = Jdbc.text(clock.instant());
        return db.write("failing unfinished runs", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE runs SET status = 'failed', finished_at = ?, error = ?"
                            + " WHERE status IN ('queued', 'running')")) {
                ps.setString(1, now);
                ps.setString(2, error);
                return ps.executeUpdate();
            }
        });
    }

    private List<RunRecord> list(String where, String param) {
        return db.read("listing runs", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM runs" + where + " ORDER BY created_at DESC, id")) {
                if (param != null) {
                    ps.setString(1, param);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<RunRecord> runs = new ArrayList<>();
                    while (rs.next()) {
                        runs.add(run(rs));
                    }
                    return runs;
                }
            }
        });
    }

    /**
     * Runs {@code sql} (whose last parameter is the run id, after {@code values}) and returns the
     * updated run, or explains why no row matched.
     */
    private RunRecord update(String id, RunStatus target, String sql, String... values) {
        return db.write("moving run " + id + " to " + target.db(), c -> {
            int changed;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, values[i]);
                }
                ps.setString(values.length + 1, id);
                changed = ps.executeUpdate();
            }
            Optional<RunRecord> run = find(c, id);
            if (run.isEmpty()) {
                throw new StoreException("no run " + id + " is stored.");
            }
            if (changed == 0) {
                throw new StoreException(
                        "run " + id + " is " + run.get().status().db() + " and cannot become " + target.db() + ".");
            }
            return run.get();
        });
    }

    private static Optional<RunRecord> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(run(rs)) : Optional.empty();
            }
        }
    }

    private static RunRecord run(ResultSet rs) throws SQLException {
        return new RunRecord(
                rs.getString("id"),
                rs.getString("kind"),
                Jdbc.optText(rs, "scenario_id"),
                RunStatus.of(rs.getString("status")),
                Jdbc.instant(rs, "created_at"),
                Jdbc.optInstant(rs, "started_at"),
                Jdbc.optInstant(rs, "finished_at"),
                rs.getString("params_json"),
                Jdbc.optText(rs, "result_json"),
                Jdbc.optText(rs, "error"));
    }
}
