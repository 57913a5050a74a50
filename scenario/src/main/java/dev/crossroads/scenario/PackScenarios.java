package dev.crossroads.scenario;

import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.core.pack.DefaultScenario;
import dev.crossroads.core.pack.RegionPack;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario a pack proposes when none is given (the Brief without {@code --scenario}, {@code GET /api/brief}):
 * the pack's {@code defaultScenario} in {@code pack.yaml}, or, for a pack without one, a scenario built from its
 * own data — the base case (nothing cut) with mediators for the pack's most hostile baseline tie between two states
 * other than the hub (none when no tie is hostile). Never the default pack's arcs on another pack.
 */
public final class PackScenarios {
    private PackScenarios() {}

    /** The default scenario and where it comes from, in words for the user. */
    public record Choice(ScenarioSpec spec, String origin, boolean fromPack) {}

    public static Choice defaultFor(RegionPack pack) {
        Optional<DefaultScenario> d = pack.meta().defaultScenario();
        if (d.isPresent()) {
            DefaultScenario s = d.get();
            ScenarioSpec spec = new ScenarioSpec(
                    s.name(),
                    s.year(),
                    s.cut(),
                    s.transit(),
                    s.dyads().stream()
                            .map(x -> new ScenarioSpec.Dyad(x.a(), x.b()))
                            .toList(),
                    s.at());
            return new Choice(spec, "the pack's default scenario (defaultScenario in pack.yaml)", true);
        }
        Optional<BaselineRelation> hostile = mostHostileTie(pack);
        List<ScenarioSpec.Dyad> dyads =
                hostile.map(r -> List.of(new ScenarioSpec.Dyad(r.a(), r.b()))).orElse(List.of());
        String why = "the pack has no defaultScenario in pack.yaml, so the base case (nothing cut)"
                + hostile.map(r -> String.format(
                                java.util.Locale.ROOT,
                                " with mediators for %s–%s, its most hostile tie (%.1f, %s)",
                                r.a(),
                                r.b(),
                                r.score(),
                                r.kind()))
                        .orElse(" without mediators (no tie between two states other than the hub is hostile)")
                + "; give --scenario FILE or add defaultScenario to pack.yaml (packs/FORMAT.md)";
        return new Choice(
                new ScenarioSpec("Base case", Optional.empty(), List.of(), List.of(), dyads, Optional.empty()),
                why,
                false);
    }

    /**
     * The lowest baseline tie at the pack's date (each pair's era in force then) that is hostile by the pack's
     * thresholds and does not involve the hub; ties broken by the pair's key.
     */
    static Optional<BaselineRelation> mostHostileTie(RegionPack pack) {
        LocalDate asOf = pack.meta().asOf();
        String home = pack.meta().home();
        Map<String, BaselineRelation> current = new LinkedHashMap<>();
        for (BaselineRelation r : pack.relations()) {
            if (r.a().equals(home)
                    || r.b().equals(home)
                    || r.since().map(s -> s.isAfter(asOf)).orElse(false)) {
                continue;
            }
            current.merge(r.dyadKey(), r, (x, y) -> since(y).isAfter(since(x)) ? y : x);
        }
        double hostileAtOrBelow = pack.meta().tieThresholds().hostileAtOrBelow();
        return current.values().stream()
                .filter(r -> r.score() <= hostileAtOrBelow)
                .min(Comparator.comparingDouble(BaselineRelation::score).thenComparing(r -> r.dyadKey()));
    }

    private static LocalDate since(BaselineRelation r) {
        return r.since().orElse(LocalDate.MIN);
    }
}
