package dev.crossroads.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.web.jobs.JobKind;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.DisruptionResult;
import dev.crossroads.energy.Diversification;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.FlowTrace;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.NMinus1Result;
import dev.crossroads.energy.RouteOptions;
import dev.crossroads.scenario.GasBaseCase;
import dev.crossroads.scenario.GasInputCaveats;
import dev.crossroads.scenario.ScenarioException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The energy pillar over HTTP: allocation, routes, disruptions and diversification on the pack's gas network,
 * and N-1 as the job kind {@code energy.n-1}. The base case is that of {@code crossroads energy}: the year's
 * reported deliveries held as minimum volumes when the pack reports the year, else the model's free optimum.
 */
public final class EnergyApi {
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private final RegionPack pack;
    private final EnergyEngine engine = new EnergyEngine();

    public EnergyApi(RegionPack pack) {
        this.pack = pack;
    }

    /** An allocation with the field-to-market breakdown a Sankey needs. */
    public record Allocated(
            String base,
            AllocationResult allocation,
            List<FlowTrace.FieldToMarket> fieldToMarket,
            List<GasInputCaveats.Caveat> inputCaveats) {}

    void register(Javalin j) {
        j.get("/api/energy/allocate", ctx -> WebServer.json(ctx, 200, guard(() -> allocate(year(ctx), base(ctx)))));
        j.get("/api/energy/routes", this::routes);
        j.post("/api/energy/disrupt", this::disrupt);
        j.get("/api/energy/metrics", this::metrics);
    }

    // ------------------------------------------------------------ the calls (also used by the Brief)

    public int defaultYear() {
        return GasBaseCase.defaultYear(pack);
    }

    /** The network of the year with the base case applied; {@code base} is reported, optimum or empty (default). */
    public GasNetwork network(int year, Optional<String> base) {
        if (pack.gas().markets().isEmpty()) {
            throw ApiException.notFound("the pack " + pack.meta().name() + " has no gas markets (gas/markets.csv)");
        }
        try {
            Optional<GasBaseCase.Base> b = base.map(x -> GasBaseCase.Base.parse(x, "parameter 'base'"));
            return GasBaseCase.network(pack, year, b);
        } catch (ScenarioException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    public Allocated allocate(int year, Optional<String> base) {
        GasNetwork net = network(year, base);
        AllocationResult r = engine.allocate(net);
        return new Allocated(baseName(net, base), r, FlowTrace.fieldToMarket(net, r), GasInputCaveats.of(pack, net, r));
    }

    public DisruptionResult disrupt(int year, Optional<String> base, Disruption d) {
        return guard(() -> engine.disrupt(network(year, base), d));
    }

    public Diversification metrics(int year, Optional<String> base, Optional<Disruption> d) {
        return guard(() ->
                engine.metrics(network(year, base), d, Optional.of(pack.meta().home())));
    }

    private static String baseName(GasNetwork net, Optional<String> base) {
        return GasBaseCase.baseOf(net).label();
    }

    // ------------------------------------------------------------ handlers

    private int year(Context ctx) {
        return Params.integer(ctx, "year", MIN_YEAR, MAX_YEAR).orElse(defaultYear());
    }

    private static Optional<String> base(Context ctx) {
        return Params.string(ctx, "base");
    }

    private void routes(Context ctx) {
        String from = Params.required(ctx, "from", "shah-deniz");
        String to = Params.required(ctx, "to", "italy");
        int k = Params.integer(ctx, "k", 1, 20).orElse(3);
        GasNetwork net = network(year(ctx), Optional.of("optimum"));
        if (net.source(from).isEmpty()) {
            throw ApiException.notFound("no field '" + from + "' in " + net.name() + " " + net.year() + "; fields: "
                    + String.join(
                            ", ",
                            net.sources().stream().map(GasNetwork.Source::id).toList()));
        }
        if (net.sink(to).isEmpty()) {
            throw ApiException.notFound("no market '" + to + "' in " + net.name() + " " + net.year() + "; markets: "
                    + String.join(
                            ", ", net.sinks().stream().map(GasNetwork.Sink::id).toList()));
        }
        RouteOptions r = guard(() -> engine.routes(net, from, to, k));
        WebServer.json(ctx, 200, r);
    }

    private void disrupt(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        int year = body.has("year") && !body.get("year").isNull()
                ? Params.integer("year", body.get("year").asText(), MIN_YEAR, MAX_YEAR)
                : defaultYear();
        Optional<String> base =
                body.hasNonNull("base") ? Optional.of(body.get("base").asText()) : Optional.empty();
        Disruption d = disruption(body);
        GasNetwork net = network(year, base);
        DisruptionResult r = guard(() -> engine.disrupt(net, d));
        // the result's fields as before, with the inputs that decide it but are not sourced facts
        com.fasterxml.jackson.databind.node.ObjectNode tree = dev.crossroads.app.service.Json.MAPPER.valueToTree(r);
        tree.set(
                "inputCaveats",
                dev.crossroads.app.service.Json.MAPPER.valueToTree(GasInputCaveats.of(pack, net, r.disrupted())));
        WebServer.json(ctx, 200, tree);
    }

    /** {"cut": [ids], "transit": "ISO3" or ["ISO3", ...], "remaining": 0..1}. */
    static Disruption disruption(JsonNode body) {
        List<String> cut = strings(body, "cut");
        List<String> transit = strings(body, "transit").stream()
                .map(t -> Params.iso3("transit", t))
                .toList();
        double remaining = 0;
        if (body.hasNonNull("remaining")) {
            if (!body.get("remaining").isNumber()) {
                throw ApiException.badRequest("'remaining' must be a number between 0 and 1");
            }
            remaining = body.get("remaining").asDouble();
        }
        if (cut.isEmpty() && transit.isEmpty()) {
            throw ApiException.badRequest("give 'cut' (arc, pipeline, swap or node ids) or 'transit' (an ISO3 code), "
                    + "e.g. {\"cut\": [\"kilis-aleppo\"]}");
        }
        try {
            return new Disruption(cut, transit, remaining, Optional.empty());
        } catch (ModelException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode n = body.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isTextual()) {
            if (!n.asText().isBlank()) {
                out.add(n.asText().strip());
            }
            return out;
        }
        if (!n.isArray()) {
            throw ApiException.badRequest("'" + field + "' must be a string or an array of strings");
        }
        for (JsonNode x : n) {
            if (!x.isTextual() || x.asText().isBlank()) {
                throw ApiException.badRequest("'" + field + "' must hold non-empty strings, got " + x);
            }
            out.add(x.asText().strip());
        }
        return out;
    }

    private void metrics(Context ctx) {
        List<String> cut = ctx.queryParams("cut").stream()
                .flatMap(s -> List.of(s.split(",")).stream())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> transit = ctx.queryParams("transit").stream()
                .flatMap(s -> List.of(s.split(",")).stream())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(t -> Params.iso3("transit", t))
                .toList();
        Optional<Disruption> d = cut.isEmpty() && transit.isEmpty()
                ? Optional.empty()
                : Optional.of(guard(() -> new Disruption(cut, transit, 0, Optional.empty())));
        WebServer.json(ctx, 200, metrics(year(ctx), base(ctx), d));
    }

    /** Runs engine code, turning its typed errors (a bad id, an impossible network) into 400s. */
    static <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (EnergyException | ModelException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    // ------------------------------------------------------------ N-1 job

    /** The job kind {@code energy.n-1}: params {year, top, base}. */
    public JobKind nMinus1Job() {
        return new JobKind() {
            @Override
            public String name() {
                return "energy.n-1";
            }

            @Override
            public java.util.Optional<java.util.Set<String>> parameters() {
                return java.util.Optional.of(java.util.Set.of("year", "top", "base"));
            }

            @Override
            public String description() {
                return "Every pipeline, swap and node of the gas network out in turn, ranked by the netback lost "
                        + "(params: year, top, base)";
            }

            @Override
            public Work prepare(JsonNode params) {
                int year = params.hasNonNull("year") ? jobInt(params, "year", MIN_YEAR, MAX_YEAR) : defaultYear();
                int top = params.hasNonNull("top") ? jobInt(params, "top", 0, 10_000) : 15;
                Optional<String> base = params.hasNonNull("base")
                        ? Optional.of(params.get("base").asText())
                        : Optional.empty();
                GasNetwork net;
                try {
                    net = network(year, base);
                } catch (ApiException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
                return ctx -> {
                    try {
                        NMinus1Result r = engine.nMinus1(net, top, true, (done, total) -> {
                            ctx.checkCancelled();
                            ctx.progress(done, total);
                        });
                        return r;
                    } catch (EnergyException e) {
                        throw new IllegalStateException(e.getMessage());
                    }
                };
            }
        };
    }

    static int jobInt(JsonNode params, String name, int min, int max) {
        JsonNode n = params.get(name);
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, got " + n);
        }
        int v = n.asInt();
        if (v < min || v > max) {
            throw new IllegalArgumentException("'" + name + "' must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }
}
