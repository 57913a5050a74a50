package dev.crossroads.core.pack;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Row counts per file and how many rows carry a source: the pack at a glance. */
public record PackSummary(
        String name,
        String title,
        String asOf,
        String home,
        List<FileCount> files,
        int rows,
        int sourcedRows,
        int illustrativeRows,
        int sources,
        int warnings) {
    public PackSummary {
        files = List.copyOf(files);
    }

    /** One file: rows, rows with a source, and rows by confidence. */
    public record FileCount(
            String file,
            int rows,
            int sourced,
            int reported,
            int derived,
            int unconfirmed,
            int conflict,
            int illustrative) {}

    public double sourcedShare() {
        return rows == 0 ? 0 : (double) sourcedRows / rows;
    }

    public static PackSummary of(RegionPack p) {
        List<FileCount> files = new ArrayList<>();
        add(files, "countries.csv", p.countries(), x -> x.provenance());
        add(files, "actors.csv", p.actors(), x -> x.provenance());
        add(files, "relations.csv", p.relations(), x -> x.provenance());
        add(files, "events.csv", p.events(), x -> x.provenance());
        add(files, "gas/nodes.csv", p.gas().nodes(), x -> x.provenance());
        add(files, "gas/fields.csv", p.gas().fields(), x -> x.provenance());
        add(files, "gas/supply.csv", p.gas().supply(), x -> x.provenance());
        add(files, "gas/pipelines.csv", p.gas().pipelines(), x -> x.provenance());
        add(files, "gas/expansions.csv", p.gas().expansions(), x -> x.provenance());
        add(files, "gas/swaps.csv", p.gas().swaps(), x -> x.provenance());
        add(files, "gas/markets.csv", p.gas().markets(), x -> x.provenance());
        add(files, "gas/contracts.csv", p.gas().contracts(), x -> x.provenance());
        add(files, "gas/deliveries.csv", p.gas().deliveries(), x -> x.provenance());
        add(files, "rebuild/regions.csv", p.rebuild().regions(), x -> x.provenance());
        add(files, "rebuild/asset-classes.csv", p.rebuild().assetClasses(), x -> x.provenance());
        add(files, "rebuild/assets.csv", p.rebuild().damage(), x -> x.provenance());
        add(files, "rebuild/unit-costs.csv", p.rebuild().unitCosts(), x -> x.provenance());
        add(files, "rebuild/dependencies.csv", p.rebuild().dependencies(), x -> x.provenance());
        add(files, "rebuild/partners.csv", p.rebuild().partners(), x -> x.provenance());
        add(files, "rebuild/references.csv", p.rebuild().references(), x -> x.provenance());
        add(files, "rebuild/materials.csv", p.rebuild().materials(), x -> x.provenance());
        add(files, "roads/nodes.csv", p.roads().nodes(), x -> x.provenance());
        add(files, "roads/segments.csv", p.roads().segments(), x -> x.provenance());
        if (!p.power().isEmpty()) {
            add(files, "power/plants.csv", p.power().plants(), x -> x.provenance());
            add(files, "power/demand.csv", p.power().demand(), x -> x.provenance());
            add(files, "power/constants.csv", p.power().constants(), x -> x.provenance());
        }
        int rows = files.stream().mapToInt(FileCount::rows).sum();
        int sourced = files.stream().mapToInt(FileCount::sourced).sum();
        int illustrative = files.stream().mapToInt(FileCount::illustrative).sum();
        return new PackSummary(
                p.meta().name(),
                p.meta().title(),
                p.meta().asOf().toString(),
                p.meta().home(),
                files,
                rows,
                sourced,
                illustrative,
                p.sources().size(),
                p.warnings().size());
    }

    private static <T> void add(List<FileCount> out, String file, List<T> items, Function<T, Provenance> prov) {
        int[] byConf = new int[Confidence.values().length];
        int sourced = 0;
        for (T item : items) {
            Provenance p = prov.apply(item);
            byConf[p.confidence().ordinal()]++;
            if (p.sourced()) {
                sourced++;
            }
        }
        out.add(new FileCount(
                file,
                items.size(),
                sourced,
                byConf[Confidence.REPORTED.ordinal()],
                byConf[Confidence.DERIVED.ordinal()],
                byConf[Confidence.UNCONFIRMED.ordinal()],
                byConf[Confidence.CONFLICT.ordinal()],
                byConf[Confidence.ILLUSTRATIVE.ordinal()]));
    }
}
