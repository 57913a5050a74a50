package dev.crossroads.app.web;

import dev.crossroads.app.brief.BriefHtml;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.scenario.BriefData;
import dev.crossroads.scenario.PackScenarios;
import dev.crossroads.scenario.ScenarioException;
import dev.crossroads.scenario.ScenarioRunner;
import dev.crossroads.scenario.ScenarioSpec;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Brief over HTTP: {@code GET /api/brief} (the data as JSON) and {@code GET /api/brief.html} (the same as the
 * self-contained file {@code crossroads brief} writes). A parameter left out takes the value of the pack's default
 * scenario ({@link PackScenarios}: on the default pack cut kilis-aleppo, dyad SYR–ISR, the pack's date, the latest
 * reported gas year); {@code cut=} (empty) cuts nothing.
 */
final class BriefApi {
    /** The file is only styles and SVG: no script may run in it, and only this server may frame it. */
    static final String FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'self'";

    private final RegionPack pack;
    private final java.util.function.Supplier<RelationsEngine> relations;
    private RelationsEngine runnerEngine;
    private ScenarioRunner runner;

    /** {@code relations} gives the current engine (it is rebuilt after an ingestion). */
    BriefApi(RegionPack pack, java.util.function.Supplier<RelationsEngine> relations) {
        this(pack, relations, dev.crossroads.scenario.HubRunner.BasePlans.NONE);
    }

    private final dev.crossroads.scenario.HubRunner.BasePlans basePlans;

    /** {@code basePlans}: where the chain's rebuild step finds its base programme (never solved while answering). */
    BriefApi(
            RegionPack pack,
            java.util.function.Supplier<RelationsEngine> relations,
            dev.crossroads.scenario.HubRunner.BasePlans basePlans) {
        this.pack = pack;
        this.relations = relations;
        this.basePlans = basePlans;
    }

    private synchronized ScenarioRunner runner() {
        RelationsEngine now = relations.get();
        if (runner == null || now != runnerEngine) {
            runner = new ScenarioRunner(pack, now, Clock.systemUTC()).withBasePlans(basePlans);
            runnerEngine = now;
        }
        return runner;
    }

    void register(Javalin j) {
        j.get("/api/brief", ctx -> WebServer.json(ctx, 200, brief(ctx)));
        j.get("/api/brief.html", ctx -> {
            String html = BriefHtml.render(brief(ctx));
            ctx.header("Content-Security-Policy", FILE_CSP);
            ctx.header("X-Frame-Options", "SAMEORIGIN");
            if (Params.string(ctx, "download").isPresent()) {
                ctx.header("Content-Disposition", "attachment; filename=\"brief.html\"");
            }
            ctx.status(200).contentType("text/html; charset=utf-8").result(html.getBytes(StandardCharsets.UTF_8));
        });
    }

    BriefData brief(Context ctx) {
        ScenarioSpec demo = PackScenarios.defaultFor(pack).spec();
        Optional<Integer> year = Params.integer(ctx, "year", EnergyApi.MIN_YEAR, EnergyApi.MAX_YEAR)
                .or(demo::year);
        boolean disruptionGiven =
                ctx.queryParamMap().containsKey("cut") || ctx.queryParamMap().containsKey("transit");
        List<String> cut = disruptionGiven ? list(ctx, "cut") : demo.cut();
        List<String> transit = disruptionGiven
                ? list(ctx, "transit").stream()
                        .map(t -> Params.iso3("transit", t))
                        .toList()
                : demo.transit();
        List<ScenarioSpec.Dyad> dyads = dyads(ctx, demo);
        String name = Params.string(ctx, "name")
                .orElse(
                        cut.isEmpty() && transit.isEmpty()
                                ? "Base case"
                                : (cut.equals(demo.cut()) && transit.equals(demo.transit())
                                        ? demo.name()
                                        : "Scenario"));
        if (name.length() > 200) {
            throw ApiException.badRequest("parameter 'name' is at most 200 characters");
        }
        Optional<java.time.LocalDate> at = Params.date(ctx, "at").or(demo::at);
        try {
            return runner().run(new ScenarioSpec(name, year, cut, transit, dyads, at));
        } catch (ScenarioException e) {
            throw e.notFound() ? ApiException.notFound(e.getMessage()) : ApiException.badRequest(e.getMessage());
        }
    }

    /**
     * The dyad of parameters {@code a} and {@code b}, each defaulting to the default scenario's first dyad; the
     * default scenario's dyads (possibly none) when both are left out.
     */
    private static List<ScenarioSpec.Dyad> dyads(Context ctx, ScenarioSpec demo) {
        Optional<String> a = Params.string(ctx, "a");
        Optional<String> b = Params.string(ctx, "b");
        if (a.isEmpty() && b.isEmpty()) {
            return demo.dyads();
        }
        Optional<ScenarioSpec.Dyad> first = demo.dyads().stream().findFirst();
        String x = Params.iso3(
                "a",
                a.or(() -> first.map(ScenarioSpec.Dyad::a))
                        .orElseThrow(() -> ApiException.badRequest(
                                "parameter 'a' is required with 'b' (the pack's default scenario names no dyad)")));
        String y = Params.iso3(
                "b",
                b.or(() -> first.map(ScenarioSpec.Dyad::b))
                        .orElseThrow(() -> ApiException.badRequest(
                                "parameter 'b' is required with 'a' (the pack's default scenario names no dyad)")));
        if (x.equals(y)) {
            throw ApiException.badRequest("parameters 'a' and 'b' must be two different states, got " + x + " twice");
        }
        return List.of(new ScenarioSpec.Dyad(x, y));
    }

    private static List<String> list(Context ctx, String name) {
        return ctx.queryParams(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
