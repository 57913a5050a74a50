package dev.crossroads.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two hub runs side by side: every figure that differs, pillar by pillar, with its unit. */
public record HubComparison(String a, String b, List<Row> rows) {
    public HubComparison {
        rows = List.copyOf(rows);
    }

    /** One figure in both runs. */
    public record Row(String pillar, String what, double a, double b, double difference, String unit) {}

    /** The figures of both runs that differ by more than a rounding error. */
    public static HubComparison of(HubResult a, HubResult b) {
        List<Row> rows = new ArrayList<>();
        Map<String, double[]> gas = new LinkedHashMap<>();
        a.pillars()
                .energy()
                .markets()
                .forEach(m -> gas.computeIfAbsent(m.name(), k -> new double[2])[0] = m.scenarioBcm());
        b.pillars()
                .energy()
                .markets()
                .forEach(m -> gas.computeIfAbsent(m.name(), k -> new double[2])[1] = m.scenarioBcm());
        gas.forEach((k, v) -> add(rows, "energy", "gas delivered to " + k, v[0], v[1], "bcm/y", 0.005));
        add(
                rows,
                "energy",
                "the hub's netback",
                a.pillars().energy().scenarioNetbackUsd() / 1e6,
                b.pillars().energy().scenarioNetbackUsd() / 1e6,
                "USD m/y",
                0.05);
        Map<String, double[]> mw = new LinkedHashMap<>();
        a.pillars()
                .power()
                .regions()
                .forEach(r -> mw.computeIfAbsent(r.name(), k -> new double[2])[0] = r.availableMw());
        b.pillars()
                .power()
                .regions()
                .forEach(r -> mw.computeIfAbsent(r.name(), k -> new double[2])[1] = r.availableMw());
        mw.forEach((k, v) -> add(rows, "power", "electricity available in " + k, v[0], v[1], "MW", 0.5));
        add(
                rows,
                "power",
                "electricity available in total",
                a.pillars().power().availableMw(),
                b.pillars().power().availableMw(),
                "MW",
                0.5);
        Map<Integer, double[]> service = new LinkedHashMap<>();
        a.pillars()
                .rebuild()
                .serviceByYear()
                .forEach(y -> service.computeIfAbsent(y.year(), k -> new double[2])[0] = y.scenarioPercent());
        b.pillars()
                .rebuild()
                .serviceByYear()
                .forEach(y -> service.computeIfAbsent(y.year(), k -> new double[2])[1] = y.scenarioPercent());
        service.forEach((k, v) -> add(rows, "rebuild", "service restored in " + k, v[0], v[1], "%", 0.05));
        Map<String, double[]> ties = new LinkedHashMap<>();
        a.pillars()
                .relations()
                .ties()
                .forEach(t -> ties.computeIfAbsent(t.a() + "–" + t.b(), k -> new double[2])[0] = t.scenarioScore());
        b.pillars()
                .relations()
                .ties()
                .forEach(t -> ties.computeIfAbsent(t.a() + "–" + t.b(), k -> new double[2])[1] = t.scenarioScore());
        ties.forEach((k, v) -> add(rows, "relations", "tie " + k, v[0], v[1], "points", 0.05));
        Map<String, double[]> med = new LinkedHashMap<>();
        for (HubResult.DyadChange d : a.pillars().relations().dyads()) {
            d.mediators()
                    .forEach(m -> med.computeIfAbsent(
                                            m.name() + " as mediator for " + d.a() + "–" + d.b(), k -> new double[2])[
                                    0] =
                            m.scenarioScore());
        }
        for (HubResult.DyadChange d : b.pillars().relations().dyads()) {
            d.mediators()
                    .forEach(m -> med.computeIfAbsent(
                                            m.name() + " as mediator for " + d.a() + "–" + d.b(), k -> new double[2])[
                                    1] =
                            m.scenarioScore());
        }
        med.forEach((k, v) -> add(rows, "relations", k, v[0], v[1], "score", 0.005));
        return new HubComparison(a.scenario(), b.scenario(), rows);
    }

    private static void add(List<Row> rows, String pillar, String what, double a, double b, String unit, double eps) {
        if (Math.abs(a - b) >= eps) {
            rows.add(new Row(pillar, what, a, b, b - a, unit));
        }
    }
}
