package dev.crossroads.app.cli;

import dev.crossroads.app.service.LogisticsGeoJson;
import dev.crossroads.core.rebuild.MaterialRate;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.rebuild.logistics.LogisticsPlan;
import dev.crossroads.rebuild.logistics.MaterialsTable;
import dev.crossroads.rebuild.logistics.WorkActivity;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The logistics plan as text for a logistics officer. */
final class LogisticsTables {
    private LogisticsTables() {}

    static String render(LogisticsPlan plan, RoadNetwork network) {
        return render(plan, network, List.of(), new MaterialsTable(List.of()));
    }

    /** The plan with the work under way that month and what each package needs (empty {@code work}: left out). */
    static String render(LogisticsPlan plan, RoadNetwork network, List<WorkActivity> work, MaterialsTable materials) {
        Map<String, String> names = new HashMap<>();
        network.nodes().forEach(n -> names.put(n.id(), n.name()));
        StringBuilder sb = new StringBuilder();
        long trips = plan.routes().size();
        long truckDays =
                plan.routes().stream().map(r -> r.truck() + r.date()).distinct().count();
        long trucks = plan.routes().stream()
                .map(LogisticsPlan.TruckRoute::truck)
                .distinct()
                .count();
        sb.append(String.format(
                Locale.ROOT,
                "Logistics plan for %s: %d working days, solver %s, solved in %.1f s%n",
                plan.period(),
                plan.workingDays(),
                plan.solver(),
                plan.solveMillis() / 1000.0));
        sb.append(String.format(
                Locale.ROOT,
                "Demand %,.0f t; delivered %,.0f t (%.0f%%) in %d trips (%d truck-days) by %d truck(s) over %,.0f km%n",
                plan.tonnesDemanded(),
                plan.tonnesDelivered(),
                plan.tonnesDemanded() > 0 ? 100 * plan.tonnesDelivered() / plan.tonnesDemanded() : 0,
                trips,
                truckDays,
                trucks,
                plan.distanceKm()));
        if (!work.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nWork under way this month (%d packages)%n", work.size()));
            TextTable w = new TextTable("package", "delivered to", "units a month", "materials a month").right(2);
            for (WorkActivity a : work) {
                List<MaterialRate> rates = materials.of(a.assetClass());
                String need = rates.isEmpty()
                        ? "none listed in " + MaterialsTable.FILE
                        : rates.stream()
                                .map(r -> String.format(
                                        Locale.ROOT, "%,.1f t %s", r.tonnesPerUnit() * a.unitsPerMonth(), r.material()))
                                .collect(Collectors.joining(", "));
                w.add(
                        a.workPackage(),
                        names.getOrDefault(a.site(), a.site()),
                        String.format(Locale.ROOT, "%,.2f", a.unitsPerMonth()),
                        need);
            }
            sb.append(w.text());
        }
        sb.append("\nRoads closed this month\n");
        boolean byProgramme =
                plan.closedSegments().stream().anyMatch(c -> !c.repairedBy().isEmpty());
        TextTable closed = byProgramme
                ? new TextTable("segment", "road", "between", "state", "reopens", "repaired by")
                : new TextTable("segment", "road", "between", "state", "reopens");
        for (LogisticsPlan.ClosedSegment c : plan.closedSegments()) {
            String between = names.getOrDefault(c.from(), c.from()) + " - " + names.getOrDefault(c.to(), c.to());
            if (byProgramme) {
                closed.add(
                        c.id(),
                        c.road(),
                        between,
                        c.state().replace('_', ' '),
                        c.reopens(),
                        c.repairedBy().isEmpty() ? "no package" : c.repairedBy());
            } else {
                closed.add(c.id(), c.road(), between, c.state().replace('_', ' '), c.reopens());
            }
        }
        sb.append(closed.size() == 0 ? "(none)\n" : closed.text());

        sb.append("\nRoutes (load at home, leave, stops with arrival time and tonnes, back home)\n");
        TextTable routes =
                new TextTable("date", "truck", "trip", "from", "leave", "stops", "back", "km", "roads").right(2, 7);
        for (LogisticsPlan.TruckRoute r : plan.routes()) {
            String stops = r.stops().stream()
                    .map(s -> String.format(
                            Locale.ROOT,
                            "%s %s: %s",
                            s.siteName(),
                            clock(s.arrivalMinute()),
                            s.loads().stream()
                                    .map(l -> String.format(
                                            Locale.ROOT, "%.1f t %s (%s)", l.tonnes(), l.material(), l.workPackage()))
                                    .collect(Collectors.joining(", "))))
                    .collect(Collectors.joining("; "));
            routes.add(
                    r.date() + " " + r.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                    r.truck(),
                    r.trip(),
                    names.getOrDefault(r.home(), r.home()),
                    clock(r.departMinute()),
                    stops,
                    clock(r.returnMinute()),
                    String.format(Locale.ROOT, "%.0f", r.distanceKm()),
                    String.join(" > ", r.roads()));
        }
        sb.append(routes.size() == 0 ? "(none)\n" : routes.text());

        sb.append("\nTonnes by material\n");
        TextTable mat = new TextTable("material", "demanded", "delivered", "share").right(1, 2, 3);
        plan.tonnesDemandedByMaterial().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    double d = plan.tonnesDeliveredByMaterial().getOrDefault(e.getKey(), 0.0);
                    mat.add(
                            e.getKey(),
                            String.format(Locale.ROOT, "%,.1f", e.getValue()),
                            String.format(Locale.ROOT, "%,.1f", d),
                            String.format(Locale.ROOT, "%.0f%%", e.getValue() > 0 ? 100 * d / e.getValue() : 0));
                });
        sb.append(mat.text());

        sb.append("\nDeliveries that cannot be made\n");
        TextTable unmet = new TextTable("work package", "site", "material", "tonnes", "reason", "why").right(3);
        List<LogisticsPlan.UnmetDelivery> sorted = plan.unmet().stream()
                .sorted((a, b) -> a.reason() != b.reason()
                        ? a.reason().compareTo(b.reason())
                        : a.workPackage().compareTo(b.workPackage()))
                .toList();
        for (LogisticsPlan.UnmetDelivery u : sorted) {
            unmet.add(
                    u.workPackage(),
                    names.getOrDefault(u.site(), u.site()),
                    u.material(),
                    String.format(Locale.ROOT, "%,.1f", u.tonnes()),
                    u.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    u.detail());
        }
        sb.append(unmet.size() == 0 ? "(none)\n" : unmet.text());
        sb.append("\nAssumptions\n");
        plan.assumptions().forEach(a -> sb.append("- ").append(a).append('\n'));
        return sb.toString();
    }

    static String clock(double minute) {
        return LogisticsGeoJson.clock(minute);
    }

    static String kind(RoadNode n) {
        return n.kind().name().toLowerCase(Locale.ROOT);
    }
}
