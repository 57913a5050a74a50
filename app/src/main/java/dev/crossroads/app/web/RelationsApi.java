package dev.crossroads.app.web;

import dev.crossroads.app.service.RelationsEvents;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.RelationsException;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The relations pillar over HTTP: the signed graph at a date, a dyad's timeline, a state's balance and the
 * mediator ranking, on the pack's curated events and the extracted events in the store (the engine is built at
 * start and again after each ingestion).
 */
public final class RelationsApi {
    static final int MAX_TIMELINE_DAYS = 20 * 366;

    private final RegionPack pack;
    private final Optional<Store> store;
    private volatile RelationsEngine engine;

    /** On the pack's curated events and, with a store, the extracted events stored in it (as the CLI does). */
    public RelationsApi(RegionPack pack, Optional<Store> store) {
        this.pack = pack;
        this.store = store;
        refresh();
    }

    /**
     * Rebuilds the engine from the pack and the store's events of the pack's region (after an ingestion): the
     * graph, the mediator ranking, the Brief and the scenarios read it.
     */
    public synchronized void refresh() {
        List<LedgerEvent> extracted =
                store.map(s -> RelationsEvents.Reads.pack().read(s, pack)).orElse(List.of());
        this.engine = RelationsEngine.of(pack, extracted, RelationsEngine.Settings.DEFAULT);
    }

    public RelationsEngine engine() {
        return engine;
    }

    /**
     * For a question about some dyads or states: an engine on only the store's events that bear on them, read per
     * request (a store holding an archive answers without loading it); without a store, the shared engine.
     */
    private RelationsEngine engine(RelationsEvents.Reads reads) {
        if (store.isEmpty()) {
            return engine();
        }
        return RelationsEngine.of(pack, reads.read(store.get(), pack), RelationsEngine.Settings.DEFAULT);
    }

    private static RelationsEvents.Reads dyads(String a, List<String> others) {
        return RelationsEvents.Reads.dyads(others.stream()
                .filter(b -> !b.equals(a))
                .map(b -> EventRepository.Dyad.of(a, b))
                .toList());
    }

    void register(Javalin j) {
        j.get("/api/relations/graph", ctx -> WebServer.json(ctx, 200, guard(() -> engine().graph(at(ctx)))));
        j.get("/api/relations/timeline", this::timeline);
        j.get("/api/relations/balance", ctx -> {
            String state = state(ctx, "state");
            LocalDate at = at(ctx);
            LocalDate since = Params.date(ctx, "since").orElse(at.minusYears(1));
            WebServer.json(
                    ctx,
                    200,
                    guard(() ->
                            engine(RelationsEvents.Reads.states(Set.of(state))).balance(state, since, at)));
        });
        j.get("/api/mediators", ctx -> {
            String a = state(ctx, "a");
            String b = state(ctx, "b");
            WebServer.json(ctx, 200, guard(() -> engine().mediators(a, b, at(ctx))));
        });
        j.get("/api/relations/tie", ctx -> {
            String a = state(ctx, "a");
            List<String> others = java.util.Arrays.stream(
                            Params.required(ctx, "b", "SYR,TUR").split(","))
                    .map(x -> Params.iso3("b", x.strip()))
                    .toList();
            WebServer.json(ctx, 200, guard(() -> engine(dyads(a, others)).transitTies(a, others, at(ctx))));
        });
        j.get("/api/relations/eligible", ctx -> {
            String host = state(ctx, "host");
            WebServer.json(
                    ctx,
                    200,
                    guard(() ->
                            engine(RelationsEvents.Reads.states(Set.of(host))).eligibility(host, at(ctx))));
        });
        j.get("/api/relations/audit", ctx -> {
            String st = state(ctx, "state");
            WebServer.json(
                    ctx,
                    200,
                    guard(() -> engine(RelationsEvents.Reads.states(Set.of(st))).audit(st, at(ctx))));
        });
    }

    private LocalDate at(Context ctx) {
        return Params.date(ctx, "at").orElse(pack.meta().asOf());
    }

    private static String state(Context ctx, String name) {
        return Params.iso3(name, Params.required(ctx, name, "AZE"));
    }

    private void timeline(Context ctx) {
        String a = state(ctx, "a");
        String b = state(ctx, "b");
        LocalDate to = Params.date(ctx, "to").orElse(pack.meta().asOf());
        LocalDate from = Params.date(ctx, "from").orElse(to.minusYears(2));
        int step = Params.integer(ctx, "stepDays", 1, 366).orElse(30);
        if (from.isAfter(to)) {
            throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_TIMELINE_DAYS) {
            throw ApiException.badRequest("a timeline spans at most 20 years; narrow 'from' and 'to'");
        }
        WebServer.json(ctx, 200, guard(() -> engine(dyads(a, List.of(b))).timeline(a, b, from, to, step)));
    }

    /** The engine's errors: a state the pack does not know is a 404, anything else a 400. */
    static <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (RelationsException e) {
            String m = e.getMessage() == null ? "bad request" : e.getMessage();
            throw e.unknownState() ? ApiException.notFound(m) : ApiException.badRequest(m);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
