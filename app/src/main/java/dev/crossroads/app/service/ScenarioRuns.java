package dev.crossroads.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.scenario.HubComparison;
import dev.crossroads.scenario.HubResult;
import dev.crossroads.scenario.HubRunner;
import dev.crossroads.scenario.ScenarioException;
import dev.crossroads.scenario.ScenarioSpec;
import dev.crossroads.store.RunRecord;
import dev.crossroads.store.ScenarioRecord;
import dev.crossroads.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The scenario use cases shared by {@code crossroads scenario} and the HTTP API: read a scenario file, run it
 * through the hub model on a pack (with the store's extracted events when there is a store), store the scenario
 * and its run, compare two scenarios. A run that fails stores nothing.
 */
public final class ScenarioRuns {
    /** The kind of the stored runs. */
    public static final String RUN_KIND = "scenario.run";
    /** Scenario files larger than this are refused (a scenario is a few kilobytes). */
    static final long MAX_FILE_BYTES = 1 << 20;

    private final RegionPack pack;
    private final Optional<Store> store;
    private final Clock clock;

    public ScenarioRuns(RegionPack pack, Optional<Store> store, Clock clock) {
        this.pack = pack;
        this.store = store;
        this.clock = clock;
    }

    private HubRunner.Grid grid = HubRunner.Grid.NATIONAL;

    /** The same use cases with the power step's grid reading. */
    public ScenarioRuns withGrid(HubRunner.Grid g) {
        this.grid = g;
        return this;
    }

    /** Reads a scenario file; every problem is a {@link ServiceException} naming the file and the field. */
    public static ScenarioSpec read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ServiceException.notFound("no scenario file at " + file + ": give a JSON file such as "
                    + "{\"name\":\"Türkiye closed\",\"transit\":\"TUR\"}");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw ServiceException.input(file + ": a scenario file is at most 1 MiB");
            }
            JsonNode n = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return ScenarioJson.read(n);
        } catch (ScenarioException e) {
            throw ServiceException.input(file + ": " + e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ServiceException.input(
                    file + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw ServiceException.input(file + ": not UTF-8 text; save the scenario as UTF-8 JSON");
        } catch (IOException e) {
            throw ServiceException.input(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * The relations engine on the pack's curated events and, when there is a store, its reported events between the
     * pack's states (a scenario is about the pack's region; see {@link RelationsEvents.Reads#pack()}).
     */
    public RelationsEngine relations() {
        List<LedgerEvent> extracted =
                store.map(s -> RelationsEvents.Reads.pack().read(s, pack)).orElse(List.of());
        return RelationsEngine.of(pack, extracted, RelationsEngine.Settings.DEFAULT);
    }

    /** The kind of the stored base programmes that scenarios are compared against. */
    public static final String BASE_PLAN_KIND = "scenario.base-plan";

    /**
     * Base programmes kept in the store, keyed by pack, settings and solver parameters: found there, or solved
     * and stored when {@code solve} is true (else left out).
     */
    public HubRunner.BasePlans basePlans(boolean solve) {
        if (store.isEmpty()) {
            return solve ? HubRunner.BasePlans.SOLVE : HubRunner.BasePlans.NONE;
        }
        Store s = store.get();
        return (key, solver) -> {
            String k = "plan-" + hash(key);
            for (RunRecord r : s.runs().listRuns(BASE_PLAN_KIND)) {
                if (r.paramsJson().contains("\"" + k + "\"") && r.resultJson().isPresent()) {
                    try {
                        return Optional.of(Json.MAPPER.readValue(r.resultJson().get(), Plan.class));
                    } catch (IOException e) {
                        break; // a plan stored by another version: solve again
                    }
                }
            }
            if (!solve) {
                return Optional.empty();
            }
            Plan p = solver.get();
            RunRecord run =
                    s.runs().createRun(BASE_PLAN_KIND, Optional.empty(), Json.write(java.util.Map.of("key", k)));
            s.runs().updateRunStatus(run.id(), dev.crossroads.store.RunStatus.RUNNING);
            s.runs().finishRun(run.id(), Json.write(p));
            return Optional.of(p);
        };
    }

    /** Runs the scenario; stores it and its result when there is a store. */
    public Stored run(ScenarioSpec spec) {
        Instant started = clock.instant();
        HubResult r;
        try {
            r = new HubRunner(pack, relations())
                    .withBasePlans(basePlans(true))
                    .withGrid(grid)
                    .run(spec);
        } catch (ScenarioException e) {
            throw ServiceException.input(e.getMessage());
        }
        Optional<String> runId = Optional.empty();
        Optional<String> scenarioId = Optional.empty();
        if (store.isPresent()) {
            String specJson = Json.write(spec);
            String id = "scn-" + hash(pack.meta().name() + "\n" + specJson);
            ScenarioRecord rec = new ScenarioRecord(id, spec.name(), started, specJson);
            runId = Optional.of(store.get()
                    .scenarios()
                    .saveFinishedRun(
                            rec,
                            RUN_KIND,
                            Json.write(java.util.Map.of("pack", pack.meta().name())),
                            Json.write(r),
                            started,
                            clock.instant()));
            scenarioId = Optional.of(id);
        }
        return new Stored(scenarioId, runId, r);
    }

    /** Runs two scenarios and gives their differences pillar by pillar. */
    public HubComparison compare(ScenarioSpec a, ScenarioSpec b) {
        RelationsEngine rel = relations();
        try {
            HubResult ra = new HubRunner(pack, rel)
                    .withBasePlans(basePlans(true))
                    .withGrid(grid)
                    .run(a);
            HubResult rb = new HubRunner(pack, rel)
                    .withBasePlans(basePlans(true))
                    .withGrid(grid)
                    .run(b);
            return HubComparison.of(ra, rb);
        } catch (ScenarioException e) {
            throw ServiceException.input(e.getMessage());
        }
    }

    /** A run with the ids it was stored under (empty without a store). */
    public record Stored(Optional<String> scenarioId, Optional<String> runId, HubResult result) {}

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
