package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.gas.ReportedGroup;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.ReplayResult;
import dev.crossroads.scenario.GasBaseCase;
import dev.crossroads.scenario.GasInputCaveats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description =
                "Fix deliveries to the pack's reported volumes for a year, check the network carries them, compare with the optimum.")
final class EnergyReplayCommand extends Sub {
    @Mixin
    Common c;

    @Override
    int execute() {
        GasNetwork net = c.network();
        Map<String, Double> reported = c.reported(net);
        ReplayResult r = c.engine.replay(net, reported);
        Map<String, OptionalDouble> asReported = GasBaseCase.asReported(c.loaded, net.year());
        List<GasInputCaveats.Caveat> caveats = c.caveats(net, c.engine.allocate(net));
        if (c.format == Format.JSON) {
            // reportedBcm stays what it always was (the modelled delivery); the two labelled figures are added
            com.fasterxml.jackson.databind.node.ObjectNode tree = Json.MAPPER.valueToTree(r);
            for (com.fasterxml.jackson.databind.JsonNode m : tree.withArray("markets")) {
                com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) m;
                o.set("modelledDeliveryBcm", o.get("reportedBcm"));
                OptionalDouble a = asReported.getOrDefault(o.get("market").asText(), OptionalDouble.empty());
                if (a.isPresent()) {
                    o.put("asReportedBcm", a.getAsDouble());
                } else {
                    o.putNull("asReportedBcm");
                }
            }
            for (com.fasterxml.jackson.databind.JsonNode g : tree.withArray("groups")) {
                com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) g;
                o.set("modelledDeliveryBcm", o.get("reportedBcm"));
                OptionalDouble a = groupAsReported(c.loaded, net.year(), asReported, reported, o.get("markets"));
                if (a.isPresent()) {
                    o.put("asReportedBcm", a.getAsDouble());
                } else {
                    o.putNull("asReportedBcm");
                }
            }
            tree.set("inputCaveats", Json.MAPPER.valueToTree(caveats));
            c.json(tree);
            return r.carried() ? 0 : 1;
        }
        TextTable t = new TextTable(
                        "market",
                        "group",
                        "asReportedBcm",
                        "modelledDeliveryBcm",
                        "replayBcm",
                        "optimumBcm",
                        "differenceBcm",
                        "reason")
                .right(2, 3, 4, 5, 6);
        r.markets()
                .forEach(m -> t.add(
                        m.market(),
                        m.group(),
                        asReported
                                        .getOrDefault(m.market(), OptionalDouble.empty())
                                        .isPresent()
                                ? n2(asReported.get(m.market()).getAsDouble())
                                : "-",
                        m.reportedBcm().isPresent() ? n2(m.reportedBcm().getAsDouble()) : "-",
                        n2(m.replayBcm()),
                        n2(m.optimumBcm()),
                        n2(m.differenceBcm()),
                        m.reason()));
        if (c.format == Format.CSV) {
            c.out().print(t.csv());
            c.out().flush();
            return r.carried() ? 0 : 1;
        }
        PrintWriter out = c.out();
        out.printf(
                Locale.ROOT,
                "Replay %d: %s%n%n",
                r.year(),
                r.carried() ? "PASS, the network carries the reported deliveries" : "FAIL");
        out.print(t.text());
        out.flush();
        out.println();
        TextTable g = new TextTable(
                        "group",
                        "markets",
                        "asReportedBcm",
                        "modelledDeliveryBcm",
                        "replayBcm",
                        "optimumBcm",
                        "differenceBcm")
                .right(2, 3, 4, 5, 6);
        r.groups()
                .forEach(x -> g.add(
                        x.group(),
                        String.join("+", x.markets()),
                        groupAsReported(
                                        c.loaded,
                                        net.year(),
                                        asReported,
                                        reported,
                                        Json.MAPPER.valueToTree(x.markets()))
                                .stream()
                                .mapToObj(EnergyCommand::n2)
                                .findFirst()
                                .orElse("-"),
                        n2(x.reportedBcm()),
                        n2(x.replayBcm()),
                        n2(x.optimumBcm()),
                        n2(x.differenceBcm())));
        out.print(g.text());
        out.flush();
        out.println();
        out.println("Binding in the replay:");
        r.replayBinding().forEach(b -> out.println("  " + b.meaning()));
        out.println();
        r.explanation().forEach(out::println);
        out.println();
        out.println("asReportedBcm is the figure as the source publishes it (exports measured where the gas leaves the"
                + " hub, before a transit fee in kind; '-' where no source gives the market's own figure);"
                + " modelledDeliveryBcm is the delivery the model holds, the pack's reading of it (see the notes of"
                + " gas/deliveries.csv); a group's asReportedBcm is the total the source publishes for its markets"
                + " together (gas/reported-groups.csv) where the pack has one.");
        c.printCaveats(caveats);
        return r.carried() ? 0 : 1;
    }

    /**
     * A group's as-reported figure: the pack's published total for exactly the group's markets with a delivery
     * row (gas/reported-groups.csv) when it has one; else the sum when every such member has its own as-reported
     * figure; else empty.
     */
    static OptionalDouble groupAsReported(
            RegionPack pack,
            int year,
            Map<String, OptionalDouble> asReported,
            Map<String, Double> reported,
            com.fasterxml.jackson.databind.JsonNode members) {
        List<String> delivered = new ArrayList<>();
        members.forEach(m -> {
            if (reported.containsKey(m.asText())) {
                delivered.add(m.asText());
            }
        });
        Optional<ReportedGroup> published = GasBaseCase.reportedGroup(pack, year, delivered);
        if (published.isPresent()) {
            return OptionalDouble.of(published.get().reportedBcm());
        }
        double sum = 0;
        for (String id : delivered) {
            OptionalDouble a = asReported.getOrDefault(id, OptionalDouble.empty());
            if (a.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += a.getAsDouble();
        }
        return OptionalDouble.of(sum);
    }
}
