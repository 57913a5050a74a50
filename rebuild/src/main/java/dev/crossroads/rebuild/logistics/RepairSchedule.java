package dev.crossroads.rebuild.logistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.core.pack.CsvTable;
import dev.crossroads.core.pack.Problem;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When damaged road segments and destroyed bridges reopen: the month the programme completes the work
 * package that repairs them. A segment that is not open in the pack is impassable before that month and
 * usable from its first day on; a segment the schedule does not name stays closed for the whole plan.
 *
 * <p>Entries name either a segment id, or an asset class and a region (the region of either end of the
 * segment; {@code *} for every region). A segment entry wins over a class entry. The rebuild programme
 * produces this from its schedule; {@link #illustrative} derives a stand-in.
 */
public record RepairSchedule(
        Map<String, YearMonth> bySegment,
        Map<String, YearMonth> byClassAndRegion,
        String origin,
        Map<String, String> repairedBy) {
    public static final String ANY_REGION = "*";

    public RepairSchedule {
        bySegment = Map.copyOf(bySegment);
        byClassAndRegion = Map.copyOf(byClassAndRegion);
        repairedBy = Map.copyOf(repairedBy);
    }

    /** A schedule that does not name the work packages behind its dates. */
    public RepairSchedule(Map<String, YearMonth> bySegment, Map<String, YearMonth> byClassAndRegion, String origin) {
        this(bySegment, byClassAndRegion, origin, Map.of());
    }

    /** The work package that repairs a segment, where the schedule comes from a programme. */
    public Optional<String> repairedBy(String segmentId) {
        return Optional.ofNullable(repairedBy.get(segmentId));
    }

    static String key(String assetClass, String region) {
        return assetClass + "@" + region;
    }

    /** The month a segment reopens; empty when it is open already ({@code OPEN} in the pack) or never. */
    public Optional<YearMonth> reopens(RoadSegment s, RoadNetwork network) {
        if (s.state() == RoadSegment.State.OPEN) {
            return Optional.empty();
        }
        YearMonth m = bySegment.get(s.id());
        if (m != null) {
            return Optional.of(m);
        }
        if (s.repairAssetClass().isEmpty()) {
            return Optional.empty();
        }
        String ac = s.repairAssetClass().get();
        YearMonth best = null;
        for (String region : regionsOf(s, network)) {
            YearMonth r = byClassAndRegion.get(key(ac, region));
            if (r != null && (best == null || r.isBefore(best))) {
                best = r;
            }
        }
        if (best == null) {
            best = byClassAndRegion.get(key(ac, ANY_REGION));
        }
        return Optional.ofNullable(best);
    }

    /** True when trucks may use the segment in the month: open in the pack, or reopened in or before it. */
    public boolean isOpen(RoadSegment s, RoadNetwork network, YearMonth month) {
        if (s.state() == RoadSegment.State.OPEN) {
            return true;
        }
        return reopens(s, network).map(m -> !m.isAfter(month)).orElse(false);
    }

    /** The regions of the segment's ends, the {@code from} node's first. */
    static List<String> endRegions(RoadSegment s, RoadNetwork network) {
        List<String> regions = new ArrayList<>();
        for (String end : List.of(s.from(), s.to())) {
            network.nodes().stream()
                    .filter(n -> n.id().equals(end))
                    .findFirst()
                    .flatMap(RoadNode::region)
                    .filter(r -> !regions.contains(r))
                    .ifPresent(regions::add);
        }
        return regions;
    }

    static List<String> regionsOf(RoadSegment s, RoadNetwork network) {
        List<String> regions = new ArrayList<>();
        for (RoadNode n : network.nodes()) {
            if ((n.id().equals(s.from()) || n.id().equals(s.to()))
                    && n.region().isPresent()
                    && !regions.contains(n.region().get())) {
                regions.add(n.region().get());
            }
        }
        return regions;
    }

    /**
     * An illustrative schedule for when no programme is given: counted from the programme's first month,
     * damaged roads reopen in month 4 and destroyed bridges in month 9 (a road crew resurfaces a damaged
     * section in a season; a river bridge needs design, demining and a dry-season build). Any other repair
     * asset class reopens in month 6. These are placeholders, not estimates.
     */
    public static RepairSchedule illustrative(RoadNetwork network, YearMonth programmeStart) {
        Map<String, YearMonth> bySegment = new LinkedHashMap<>();
        for (RoadSegment s : network.segments()) {
            if (s.state() == RoadSegment.State.OPEN) {
                continue;
            }
            int month = s.state() == RoadSegment.State.DESTROYED_BRIDGE
                    ? 9
                    : s.repairAssetClass().filter("bridges"::equals).isPresent()
                            ? 9
                            : s.repairAssetClass().filter("roads"::equals).isPresent() ? 4 : 6;
            bySegment.put(s.id(), programmeStart.plusMonths(month - 1));
        }
        return new RepairSchedule(
                bySegment,
                Map.of(),
                "illustrative: damaged roads reopen in month 4, bridges in month 9 of a programme starting "
                        + programmeStart);
    }

    /**
     * Reads a schedule file: JSON {@code {"segments": {"id": "YYYY-MM"}, "assetClasses": [{"assetClass": ..,
     * "region": .., "reopens": "YYYY-MM"}]}} or CSV with columns {@code segment,asset_class,region,reopens}
     * (a row names a segment, or an asset class and a region), told apart by the file name ({@code .csv} or not).
     * {@code name} is the file name problems carry.
     *
     * @throws LogisticsInputException listing every problem
     */
    public static RepairSchedule parse(String name, String text, RoadNetwork network) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? parseCsv(name, text, network)
                : parseJson(name, text, network);
    }

    static RepairSchedule parseCsv(String file, String text, RoadNetwork network) {
        CsvTable csv = CsvTable.parse(file, text, List.of("segment", "asset_class", "region", "reopens"));
        Map<String, YearMonth> seg = new LinkedHashMap<>();
        Map<String, YearMonth> cls = new LinkedHashMap<>();
        for (CsvTable.Row row : csv.rows()) {
            Optional<YearMonth> m = month(row.raw("reopens"));
            if (m.isEmpty()) {
                row.error("reopens", "'" + row.raw("reopens") + "' is not a month: use YYYY-MM");
                continue;
            }
            Optional<String> s = row.optional("segment");
            if (s.isPresent()) {
                if (network.segments().stream().noneMatch(x -> x.id().equals(s.get()))) {
                    row.error("segment", "unknown segment '" + s.get() + "': use an id of roads/segments.csv");
                } else {
                    seg.put(s.get(), m.get());
                }
            } else if (row.optional("asset_class").isPresent()) {
                String region = row.optional("region").orElse(ANY_REGION);
                cls.put(key(row.raw("asset_class"), region), m.get());
            } else {
                row.error("segment", "name a segment, or an asset class and a region");
            }
        }
        LogisticsInputException.throwIfAny(csv.errors());
        return new RepairSchedule(seg, cls, "file " + file);
    }

    static RepairSchedule parseJson(String file, String text, RoadNetwork network) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new LogisticsInputException(List.of(new Problem(
                    Problem.Severity.ERROR,
                    file,
                    at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()),
                    "not valid JSON: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""))));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, YearMonth> seg = new LinkedHashMap<>();
        Map<String, YearMonth> cls = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            throw new LogisticsInputException(List.of(new Problem(
                    Problem.Severity.ERROR,
                    file,
                    0,
                    0,
                    "expected a JSON object with \"segments\" and/or \"assetClasses\"")));
        }
        if (root.get("segments") instanceof ObjectNode segments) {
            segments.properties().forEach(entry -> {
                String k = entry.getKey();
                String v = text(entry.getValue());
                Optional<YearMonth> m = month(v);
                if (network.segments().stream().noneMatch(x -> x.id().equals(k))) {
                    problems.add(
                            new Problem(Problem.Severity.ERROR, file, 0, 0, "segments: unknown segment '" + k + "'"));
                } else if (m.isEmpty()) {
                    problems.add(new Problem(
                            Problem.Severity.ERROR,
                            file,
                            0,
                            0,
                            "segments." + k + ": '" + v + "' is not a month (YYYY-MM)"));
                } else {
                    seg.put(k, m.get());
                }
            });
        }
        if (root.get("assetClasses") instanceof ArrayNode list) {
            for (JsonNode o : list) {
                if (o.isObject()
                        && o.hasNonNull("assetClass")
                        && month(text(o.get("reopens"))).isPresent()) {
                    JsonNode region = o.get("region");
                    cls.put(
                            key(
                                    text(o.get("assetClass")),
                                    region == null || region.isNull() ? ANY_REGION : text(region)),
                            month(text(o.get("reopens"))).get());
                } else {
                    problems.add(new Problem(
                            Problem.Severity.ERROR,
                            file,
                            0,
                            0,
                            "assetClasses: each entry needs assetClass and reopens (YYYY-MM), got " + o));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new LogisticsInputException(problems);
        }
        return new RepairSchedule(seg, cls, "file " + file);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON value as text: a string without its quotes, anything else as written; absent is "null". */
    private static String text(JsonNode n) {
        return n == null ? "null" : n.isValueNode() ? n.asText() : n.toString();
    }

    private static Optional<YearMonth> month(String s) {
        try {
            return Optional.of(YearMonth.parse(s.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
