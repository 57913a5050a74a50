package dev.crossroads.core.pack;

import dev.crossroads.core.gas.GasSystem;
import dev.crossroads.core.power.PowerInputs;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.roads.RoadNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a region pack folder and validates all of it, collecting every problem with its file, line and
 * column before giving up. See {@code packs/FORMAT.md} for the files and columns.
 *
 * <p>The work is split by responsibility: {@link ManifestReader} reads {@code pack.yaml}; {@link RelationsRows},
 * {@link GasRows}, {@link RebuildRows}, {@link RoadRows} and {@link PowerRows} map the rows of each section
 * ({@link PackFormat} lists their columns); {@link CrossChecks} checks what spans files once all are read.
 */
public final class PackLoader {
    private final Path dir;
    private final Problems problems = new Problems();
    private final LoadContext ctx;

    private PackLoader(Path dir) {
        this.dir = dir;
        this.ctx = new LoadContext(dir, problems);
    }

    /** The files a pack may hold, each with its columns in order. */
    public static Map<String, List<String>> format() {
        return java.util.Collections.unmodifiableMap(PackFormat.FILES);
    }

    /**
     * Loads and validates the pack in {@code dir}.
     *
     * @throws PackException listing every problem when the pack has errors
     */
    public static RegionPack load(Path dir) {
        Validation v = validate(dir);
        return v.pack().orElseThrow(() -> new PackException(dir.toString(), v.problems()));
    }

    /** Validates the pack in {@code dir}, returning every problem and, when there are no errors, the pack. */
    public static Validation validate(Path dir) {
        PackLoader loader = new PackLoader(dir);
        RegionPack pack = loader.run();
        List<Problem> all = loader.problems.sorted();
        boolean ok = !loader.problems.hasErrors();
        return new Validation(all, ok ? Optional.of(pack) : Optional.empty());
    }

    /** The outcome of validating a pack. */
    public record Validation(List<Problem> problems, Optional<RegionPack> pack) {
        public Validation {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return pack.isPresent();
        }

        public List<Problem> errors() {
            return problems.stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList();
        }

        public List<Problem> warnings() {
            return problems.stream()
                    .filter(p -> p.severity() == Problem.Severity.WARNING)
                    .toList();
        }
    }

    private RegionPack run() {
        if (!Files.isDirectory(dir)) {
            problems.error(
                    dir.toString(),
                    0,
                    0,
                    "no pack folder here: give the path of a folder holding pack.yaml and the CSV files");
            return null;
        }
        PackMeta meta = ManifestReader.read(ctx);
        RelationsRows rel = RelationsRows.read(ctx);
        GasSystem gas = GasRows.read(ctx);
        RebuildInputs rebuild = RebuildRows.read(ctx);
        RoadNetwork roads = RoadRows.read(ctx);
        PowerInputs power = PowerRows.read(ctx);
        if (meta == null) {
            return null;
        }
        CrossChecks checks = new CrossChecks(ctx);
        checks.crossCheck(meta, rel, gas, rebuild, roads);
        checks.checkPower(power, gas, rebuild);
        if (problems.hasErrors()) {
            // an absent optional file explains cascading "unknown ..." errors: name it
            boolean unknowns =
                    problems.sorted().stream().anyMatch(p -> p.message().contains("unknown"));
            for (String name : ctx.absentOptional()) {
                if (unknowns) {
                    problems.error(
                            name,
                            0,
                            0,
                            name + " is absent (or unreadable), so ids it would define are unknown to the"
                                    + " other files: add it (see packs/FORMAT.md) or remove the rows that refer to it");
                }
            }
            return null;
        }
        List<Problem> warnings = problems.sorted();
        return new RegionPack(
                meta,
                rel.sources(),
                rel.countries(),
                rel.actors(),
                rel.relations(),
                rel.events(),
                gas,
                rebuild,
                roads,
                power,
                warnings);
    }
}
