package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.needs.Needs;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads rebuild needs}: damage x unit cost by RDNA sector and region, against published totals. */
@Command(
        name = "needs",
        mixinStandardHelpOptions = true,
        description =
                "Damage x unit cost per region and asset class (low / central / high), by RDNA sector, against the pack's reference totals.")
final class RebuildNeedsCommand implements Callable<Integer> {
    @Mixin
    PackOption pack;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RebuildCommand.tableOrJson(format);
        RegionPack p = pack.load();
        Needs n = RebuildEngine.needs(p.rebuild());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(Json.write(n));
            out.flush();
            return 0;
        }
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
                    RebuildCommand.usd(l.lowUsd()),
                    RebuildCommand.usd(l.centralUsd()),
                    RebuildCommand.usd(l.highUsd()),
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
                            RebuildCommand.usd(x.lowUsd()),
                            RebuildCommand.usd(x.centralUsd()),
                            RebuildCommand.usd(x.highUsd()),
                            pct(x.centralUsd(), n.total().centralUsd()));
                }
            }
            s.add(
                    g.group(),
                    "(group total)",
                    RebuildCommand.usd(g.lowUsd()),
                    RebuildCommand.usd(g.centralUsd()),
                    RebuildCommand.usd(g.highUsd()),
                    pct(g.centralUsd(), n.total().centralUsd()));
        }
        s.add(
                "all",
                "TOTAL",
                RebuildCommand.usd(n.total().lowUsd()),
                RebuildCommand.usd(n.total().centralUsd()),
                RebuildCommand.usd(n.total().highUsd()),
                "100.0%");
        out.print(s.text());
        if (!n.unpriced().isEmpty()) {
            out.println("\nnot priced (no unit cost in the pack): " + String.join(", ", n.unpriced()));
        }
        if (!n.references().isEmpty()) {
            out.println();
            out.println(
                    "Against published figures for the same country (coverage = the pack's central / the figure's central):");
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
                        RebuildCommand.usd(c.centralUsd()),
                        range,
                        c.comparedWith(),
                        c.comparable() ? RebuildCommand.usd(c.packCentralUsd()) : "",
                        c.comparable()
                                ? RebuildCommand.usd(c.packLowUsd()) + " - " + RebuildCommand.usd(c.packHighUsd())
                                : "",
                        c.comparable() ? String.format(Locale.ROOT, "%.1f%%", c.coveragePercent()) : "n/a");
            }
            out.print(r.text());
            n.references().stream()
                    .filter(c -> c.comparedWith().equals("total"))
                    .findFirst()
                    .ifPresent(c -> out.printf(
                            Locale.ROOT, "%nCompleteness: against %s (%d), %s.%n", c.name(), c.year(), c.assessment()));
        }
        out.flush();
        return 0;
    }

    private static String pct(double part, double whole) {
        return whole > 0 ? String.format(Locale.ROOT, "%.1f%%", 100 * part / whole) : "-";
    }
}
