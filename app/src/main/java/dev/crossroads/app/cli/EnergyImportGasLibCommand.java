package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.app.service.Json;
import dev.crossroads.bench.energy.GasLibFiles;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.NMinus1Result;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import-gaslib",
        mixinStandardHelpOptions = true,
        description = "Read a GasLib network (morgen GasLibN.net, XML .net or .zip), allocate and run N-1 on it.")
final class EnergyImportGasLibCommand extends Sub {
    @Parameters(
            paramLabel = "FILE",
            description = "morgen GasLibN.net (with GasLibN/training.ini beside it), GasLib XML .net (+ .scn) or .zip.")
    Path file;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    Format format;

    @Option(names = "--top", defaultValue = "10", description = "N-1 outages to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--no-n-1", description = "Only allocate.")
    boolean skipN1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    record Summary(
            String network,
            int nodes,
            int arcs,
            int sources,
            int sinks,
            double supplyCapBcm,
            double demandCapBcm,
            AllocationResult allocation,
            Optional<NMinus1Result> nMinus1) {}

    @Override
    int execute() {
        GasNetwork net;
        try {
            net = GasLibFiles.read(file, 2025);
        } catch (EnergyException e) {
            throw new UserException(e.getMessage());
        }
        EnergyEngine engine = new EnergyEngine();
        AllocationResult a = engine.allocate(net);
        Optional<NMinus1Result> n1 = skipN1
                ? Optional.empty()
                : Optional.of(EnergyNMinus1Command.run(
                        engine, net, top, true, spec.commandLine().getErr()));
        Summary s = new Summary(
                net.name(),
                net.nodes().size(),
                net.arcs().size(),
                net.sources().size(),
                net.sinks().size(),
                net.sources().stream()
                        .mapToDouble(GasNetwork.Source::capacityBcmPerYear)
                        .sum(),
                net.sinks().stream()
                        .mapToDouble(GasNetwork.Sink::demandCapBcmPerYear)
                        .sum(),
                a,
                n1);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(Json.write(new Summary(
                    s.network(),
                    s.nodes(),
                    s.arcs(),
                    s.sources(),
                    s.sinks(),
                    s.supplyCapBcm(),
                    s.demandCapBcm(),
                    a,
                    n1)));
            out.flush();
            return 0;
        }
        TextTable t = new TextTable(
                        "network",
                        "nodes",
                        "arcs",
                        "sources",
                        "sinks",
                        "demandCapBcm",
                        "deliveredBcm",
                        "solveMs",
                        "nMinus1Outages",
                        "nMinus1Ms")
                .right(1, 2, 3, 4, 5, 6, 7, 8, 9);
        t.add(
                s.network(),
                s.nodes(),
                s.arcs(),
                s.sources(),
                s.sinks(),
                n2(s.demandCapBcm()),
                n2(a.deliveredBcm()),
                String.format(Locale.ROOT, "%.1f", a.solveMillis()),
                n1.map(x -> String.valueOf(x.outagesSolved())).orElse("-"),
                n1.map(x -> String.format(Locale.ROOT, "%.0f", x.elapsedMillis()))
                        .orElse("-"));
        out.print(t.render(format));
        out.flush();
        if (format == Format.TABLE) {
            out.println();
            out.printf(
                    Locale.ROOT,
                    "%d binding constraints; %s%n",
                    a.bindingConstraints().size(),
                    a.explanation().get(0));
            n1.ifPresent(r -> {
                out.println();
                TextTable o = new TextTable("rank", "kind", "id", "lostBcm", "marketsHit").right(0, 3);
                r.ranking()
                        .forEach(x -> o.add(
                                x.rank(),
                                x.kind(),
                                x.id(),
                                n2(x.lostBcm()),
                                x.marketsHit().size()));
                out.print(o.text());
                out.flush();
            });
        }
        return 0;
    }
}
