package dev.crossroads.app.web;

import dev.crossroads.app.service.ScenarioJson;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.scenario.HubResult;
import dev.crossroads.scenario.HubRunner;
import dev.crossroads.scenario.ScenarioException;
import dev.crossroads.scenario.ScenarioSpec;
import dev.crossroads.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * The hub model over HTTP: {@code POST /api/scenario/run} takes a scenario file's JSON and answers what
 * {@code crossroads scenario run --format json} prints. The rebuild step uses a base programme stored by an
 * earlier {@code scenario run} on the same database and is left out (said so) otherwise: a request never waits
 * for a programme to be solved.
 */
final class ScenarioApi {
    private final RegionPack pack;
    private final Store store;
    private final Supplier<RelationsEngine> relations;

    ScenarioApi(RegionPack pack, Store store, Supplier<RelationsEngine> relations) {
        this.pack = pack;
        this.store = store;
        this.relations = relations;
    }

    void register(Javalin j) {
        j.post("/api/scenario/run", this::run);
    }

    private void run(Context ctx) {
        ScenarioSpec spec;
        try {
            spec = ScenarioJson.read(Params.jsonBody(ctx));
        } catch (ScenarioException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        HubRunner.BasePlans plans = new dev.crossroads.app.service.ScenarioRuns(
                        pack, java.util.Optional.of(store), java.time.Clock.systemUTC())
                .basePlans(false);
        HubResult r;
        try {
            // re-solving the programme is a long job: over HTTP the base plan is counted under the scenario's power
            r = new HubRunner(pack, relations.get())
                    .withBasePlans(plans)
                    .run(spec.withChanges(spec.changes().withProgramme(false)));
        } catch (ScenarioException e) {
            throw e.notFound() ? ApiException.notFound(e.getMessage()) : ApiException.badRequest(e.getMessage());
        }
        WebServer.json(ctx, 200, r);
    }
}
