package dev.crossroads.app.web;

import dev.crossroads.app.brief.BriefHtml;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.scenario.BriefData;
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
 * self-contained file {@code crossroads brief} writes). A parameter left out takes the demonstration's value
 * (cut kilis-aleppo, dyad SYR–ISR, the pack's date, the latest reported gas year); {@code cut=} (empty) cuts nothing.
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
        ScenarioSpec demo = ScenarioSpec.demonstration();
        Optional<Integer> year = Params.integer(ctx, "year", EnergyApi.MIN_YEAR, EnergyApi.MAX_YEAR);
        List<String> cut = ctx.queryParamMap().containsKey("cut")
                ? list(ctx, "cut")
                : ctx.queryParamMap().containsKey("transit") ? List.of() : demo.cut();
        List<String> transit = list(ctx, "transit").stream()
                .map(t -> Params.iso3("transit", t))
                .toList();
        String a = Params.iso3(
                "a", Params.string(ctx, "a").orElse(demo.dyads().get(0).a()));
        String b = Params.iso3(
                "b", Params.string(ctx, "b").orElse(demo.dyads().get(0).b()));
        if (a.equals(b)) {
            throw ApiException.badRequest("parameters 'a' and 'b' must be two different states, got " + a + " twice");
        }
        String name = Params.string(ctx, "name")
                .orElse(
                        cut.isEmpty() && transit.isEmpty()
                                ? "Base case"
                                : (cut.equals(demo.cut()) && transit.isEmpty() ? demo.name() : "Scenario"));
        if (name.length() > 200) {
            throw ApiException.badRequest("parameter 'name' is at most 200 characters");
        }
        Optional<java.time.LocalDate> at = Params.date(ctx, "at");
        try {
            return runner().run(new ScenarioSpec(name, year, cut, transit, List.of(new ScenarioSpec.Dyad(a, b)), at));
        } catch (ScenarioException e) {
            throw e.notFound() ? ApiException.notFound(e.getMessage()) : ApiException.badRequest(e.getMessage());
        }
    }

    private static List<String> list(Context ctx, String name) {
        return ctx.queryParams(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
