package dev.crossroads.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saved scenarios. Get one from {@link Store#scenarios()}. */
public final class ScenarioRepository {
    private static final String COLUMNS = "id, name, created_at, spec_json";

    private final Db db;

    ScenarioRepository(Db db) {
        this.db = db;
    }

    /**
     * Inserts the scenario, or updates name and spec of the stored one with the same id (its
     * {@code createdAt} is kept).
     *
     * @throws IllegalArgumentException if {@code specJson} is not valid JSON
     */
    public void saveScenario(ScenarioRecord scenario) {
        Jdbc.requireJson("scenario spec", scenario.specJson());
        db.write("saving scenario " + scenario.id(), c -> {
            return upsert(c, scenario);
        });
    }

    private static int upsert(java.sql.Connection c, ScenarioRecord scenario) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenarios ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                + " SET name = excluded.name, spec_json = excluded.spec_json")) {
            ps.setString(1, scenario.id());
            ps.setString(2, scenario.name());
            ps.setString(3, Jdbc.text(scenario.createdAt()));
            ps.setString(4, scenario.specJson());
            return ps.executeUpdate();
        }
    }

    /**
     * Stores a scenario and one finished run of it in one transaction: both are stored or neither is. The scenario
     * is inserted or updated as in {@link #saveScenario}; the run is new, {@code done}, with its result.
     *
     * @return the id of the new run
     * @throws IllegalArgumentException if the spec, params or result is not valid JSON
     */
    public String saveFinishedRun(
            ScenarioRecord scenario,
            String kind,
            String paramsJson,
            String resultJson,
            java.time.Instant startedAt,
            java.time.Instant finishedAt) {
        Jdbc.requireJson("scenario spec", scenario.specJson());
        Jdbc.requireJson("run params", paramsJson);
        Jdbc.requireJson("run result", resultJson);
        String runId = java.util.UUID.randomUUID().toString();
        db.write("saving scenario " + scenario.id() + " with its " + kind + " run", c -> {
            upsert(c, scenario);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO runs (id, kind, scenario_id, status, created_at, started_at, finished_at,"
                            + " params_json, result_json) VALUES (?, ?, ?, 'done', ?, ?, ?, ?, ?)")) {
                ps.setString(1, runId);
                ps.setString(2, kind);
                ps.setString(3, scenario.id());
                ps.setString(4, Jdbc.text(startedAt));
                ps.setString(5, Jdbc.text(startedAt));
                ps.setString(6, Jdbc.text(finishedAt));
                ps.setString(7, paramsJson);
                ps.setString(8, resultJson);
                return ps.executeUpdate();
            }
        });
        return runId;
    }

    /** The scenario with this id, if stored. */
    public Optional<ScenarioRecord> getScenario(String id) {
        List<ScenarioRecord> found = query(" WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** All scenarios, newest first. */
    public List<ScenarioRecord> listScenarios() {
        return query(" ORDER BY created_at DESC, id", null);
    }

    private List<ScenarioRecord> query(String where, String param) {
        return db.read("reading scenarios", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM scenarios" + where)) {
                if (param != null) {
                    ps.setString(1, param);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<ScenarioRecord> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(scenario(rs));
                    }
                    return list;
                }
            }
        });
    }

    private static ScenarioRecord scenario(ResultSet rs) throws SQLException {
        return new ScenarioRecord(
                rs.getString("id"), rs.getString("name"), Jdbc.instant(rs, "created_at"), rs.getString("spec_json"));
    }
}
