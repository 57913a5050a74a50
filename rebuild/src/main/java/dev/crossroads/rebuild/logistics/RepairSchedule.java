package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.pack.Problem;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
     * (a row names a segment, or an asset class and a region).
     */
    public static RepairSchedule read(Path file, RoadNetwork network) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? parseCsv(name, text, network)
                : parseJson(name, text, network);
    }

    static RepairSchedule parseCsv(String file, String text, RoadNetwork network) {
        Csv csv = Csv.parse(file, text, List.of("segment", "asset_class", "region", "reopens"));
        Map<String, YearMonth> seg = new LinkedHashMap<>();
        Map<String, YearMonth> cls = new LinkedHashMap<>();
        for (Csv.Row row : csv.rows) {
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
        csv.throwIfProblems();
        return new RepairSchedule(seg, cls, "file " + file);
    }

    static RepairSchedule parseJson(String file, String text, RoadNetwork network) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new LogisticsInputException(List.of(new Problem(
                    Problem.Severity.ERROR,
                    file,
                    0,
                    0,
                    "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""))));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, YearMonth> seg = new LinkedHashMap<>();
        Map<String, YearMonth> cls = new LinkedHashMap<>();
        if (!(root instanceof Map<?, ?> map)) {
            throw new LogisticsInputException(List.of(new Problem(
                    Problem.Severity.ERROR,
                    file,
                    0,
                    0,
                    "expected a JSON object with \"segments\" and/or \"assetClasses\"")));
        }
        if (map.get("segments") instanceof Map<?, ?> segments) {
            segments.forEach((k, v) -> {
                Optional<YearMonth> m = month(String.valueOf(v));
                if (network.segments().stream().noneMatch(x -> x.id().equals(String.valueOf(k)))) {
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
                    seg.put(String.valueOf(k), m.get());
                }
            });
        }
        if (map.get("assetClasses") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> e
                        && e.get("assetClass") != null
                        && month(String.valueOf(e.get("reopens"))).isPresent()) {
                    Object region = e.get("region");
                    cls.put(
                            key(
                                    String.valueOf(e.get("assetClass")),
                                    region == null ? ANY_REGION : String.valueOf(region)),
                            month(String.valueOf(e.get("reopens"))).get());
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

    private static Optional<YearMonth> month(String s) {
        try {
            return Optional.of(YearMonth.parse(s.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
