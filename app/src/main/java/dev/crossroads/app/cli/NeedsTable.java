package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.RebuildCommand.usd;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.needs.Needs;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The tables of {@code crossroads rebuild needs}: lines, sectors and groups, the published figures compared like with
 * like, coverage by sector, completeness.
 */
final class NeedsTable {
    private NeedsTable() {}

    static void print(PrintWriter out, RegionPack p, Needs n) {
        out.printf(
                Locale.ROOT,
                "Reconstruction needs, %s (%s): damage x unit cost, USD%n%n",
                p.meta().name(),
                p.meta().asOf());
        TextTable t = new TextTable(
                        "group",
                        "sector",
                        "asset class",
                        "region",
                        "damaged (central)",
                        "unit",
                        "low",
                        "central",
                        "high",
                        "confidence")
                .right(4, 6, 7, 8);
        for (Needs.Line l : n.lines()) {
            t.add(
                    l.group(),
                    l.sector(),
                    l.assetClass(),
                    l.region() + " " + l.regionName(),
                    String.format(Locale.ROOT, "%,.0f", l.damagedCentral()),
                    l.unit(),
                    usd(l.lowUsd()),
                    usd(l.centralUsd()),
                    usd(l.highUsd()),
                    l.confidence());
        }
        out.print(t.text());
        out.println();
        TextTable s =
                new TextTable("RDNA group", "sector", "low", "central", "high", "share of central").right(2, 3, 4, 5);
        for (Needs.Total g : n.groups()) {
            for (Needs.Total x : n.sectors()) {
                if (x.group().equals(g.group())) {
                    s.add(
                            g.group(),
                            x.sector(),
                            usd(x.lowUsd()),
                            usd(x.centralUsd()),
                            usd(x.highUsd()),
                            pct(x.centralUsd(), n.total().centralUsd()));
                }
            }
            s.add(
                    g.group(),
                    "(group total)",
                    usd(g.lowUsd()),
                    usd(g.centralUsd()),
                    usd(g.highUsd()),
                    pct(g.centralUsd(), n.total().centralUsd()));
        }
        s.add(
                "all",
                "TOTAL",
                usd(n.total().lowUsd()),
                usd(n.total().centralUsd()),
                usd(n.total().highUsd()),
                "100.0%");
        out.print(s.text());
        n.references().stream()
                .filter(c -> c.kind().equals("total"))
                .findFirst()
                .ifPresent(c -> out.printf(
                        Locale.ROOT,
                        "Shares are of what the pack itemises, not of the country's needs: in the scope of %s (%s) the "
                                + "pack itemises %.1f%% of its %s; the coverage by sector below says what is missing.%n",
                        c.name(),
                        c.comparedWith(),
                        c.coveragePercent(),
                        usd(c.centralUsd())));
        if (!n.unpriced().isEmpty()) {
            out.println("\nnot priced (no unit cost in the pack): " + String.join(", ", n.unpriced()));
        }
        if (!n.references().isEmpty()) {
            out.println();
            out.println("Against published figures for the same country, like with like (coverage = the pack's "
                    + "central in the figure's scope / the figure's central):");
            TextTable r = new TextTable(
                            "reference",
                            "year",
                            "published central",
                            "published range",
                            "compared with",
                            "pack central",
                            "pack range",
                            "coverage")
                    .right(1, 2, 5, 7);
            for (Needs.ReferenceComparison c : n.references()) {
                String range = c.lowUsd().isPresent() || c.highUsd().isPresent()
                        ? c.lowUsd().map(RebuildCommand::usd).orElse("?") + " - "
                                + c.highUsd().map(RebuildCommand::usd).orElse("?")
                        : "";
                r.add(
                        c.name(),
                        c.year(),
                        usd(c.centralUsd()),
                        range,
                        c.comparedWith(),
                        c.comparable() ? usd(c.packCentralUsd()) : "",
                        c.comparable() ? usd(c.packLowUsd()) + " - " + usd(c.packHighUsd()) : "",
                        c.comparable() ? String.format(Locale.ROOT, "%.1f%%", c.coveragePercent()) : "n/a");
            }
            out.print(r.text());
            out.println();
            out.println("Coverage by sector: the pack's rows against the narrowest published figure whose scope "
                    + "holds the sector (illustrative = central resting on a placeholder count or unit cost):");
            TextTable cv = new TextTable(
                            "sector",
                            "World Bank group",
                            "rows",
                            "pack central",
                            "of which illustrative",
                            "reference",
                            "reference central",
                            "share of reference",
                            "note")
                    .right(2, 3, 4, 6, 7);
            for (Needs.SectorCoverage c : n.coverage()) {
                cv.add(
                        c.sector(),
                        c.referenceGroup().replace('_', '-'),
                        c.lines(),
                        usd(c.centralUsd()),
                        c.centralUsd() > 0 ? pct(c.illustrativeCentralUsd(), c.centralUsd()) : "-",
                        c.referenceName().orElse("-"),
                        c.referenceId().isPresent() ? usd(c.referenceCentralUsd()) : "-",
                        c.referenceId().isPresent() ? String.format(Locale.ROOT, "%.1f%%", c.coveragePercent()) : "n/a",
                        c.note());
            }
            out.print(cv.text());
            n.references().stream()
                    .filter(c -> c.kind().equals("total"))
                    .findFirst()
                    .ifPresent(c -> out.printf(
                            Locale.ROOT,
                            "%nCompleteness: against %s (%d), compared with %s, %s.%n",
                            c.name(),
                            c.year(),
                            c.comparedWith(),
                            c.assessment()));
        }
    }

    private static String pct(double part, double whole) {
        return whole > 0 ? String.format(Locale.ROOT, "%.1f%%", 100 * part / whole) : "-";
    }
}
