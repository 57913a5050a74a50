package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.gas.CapacityStep;
import dev.crossroads.core.gas.Contract;
import dev.crossroads.core.gas.Field;
import dev.crossroads.core.gas.FieldSupply;
import dev.crossroads.core.gas.GasNode;
import dev.crossroads.core.gas.GasSystem;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.gas.ReportedDelivery;
import dev.crossroads.core.gas.ReportedGroup;
import dev.crossroads.core.gas.Swap;
import java.util.List;

/** The pack's gas tables ({@code gas/*.csv}) mapped to a {@link GasSystem}. */
final class GasRows {
    private GasRows() {}

    static GasSystem read(LoadContext ctx) {
        List<GasNode> nodes = ctx.read("gas/nodes.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            GasNode.NodeKind kind = r.choice("kind", GasNode.NodeKind.class);
            var lat = r.optNumber("lat");
            var lon = r.optNumber("lon");
            Provenance p = r.provenance();
            return r.build(() -> new GasNode(id, name, country, kind, lat, lon, p));
        });
        List<Field> fields = ctx.read("gas/fields.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            String node = r.text("node");
            Provenance p = r.provenance();
            return r.build(() -> new Field(id, name, country, node, p));
        });
        List<FieldSupply> supply = ctx.read("gas/supply.csv", r -> {
            String field = r.text("field");
            int year = r.integer("year");
            double cap = r.number("capacity_bcm_per_year");
            var cost = r.optNumber("cost_usd_per_kcm");
            Provenance p = r.provenance();
            return r.build(() -> new FieldSupply(field, year, cap, cost, p));
        });
        List<Pipeline> pipelines = ctx.read("gas/pipelines.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String from = r.text("from");
            String to = r.text("to");
            String country = r.text("country");
            var length = r.optNumber("length_km");
            double cap = r.number("capacity_bcm_per_year");
            double tariff = r.number("tariff_usd_per_kcm");
            double fee = r.number("transit_fee_share");
            Pipeline.Status status = r.choice("status", Pipeline.Status.class);
            int commissioned = r.integer("commissioned");
            Provenance p = r.provenance();
            return r.build(() -> new Pipeline(
                    id,
                    name,
                    from,
                    to,
                    country,
                    r.optText("owner"),
                    length,
                    cap,
                    tariff,
                    fee,
                    status,
                    commissioned,
                    p));
        });
        List<CapacityStep> expansions = ctx.read("gas/expansions.csv", r -> {
            String pipeline = r.text("pipeline");
            int year = r.integer("year");
            double cap = r.number("capacity_bcm_per_year");
            Provenance p = r.provenance();
            return r.build(() -> new CapacityStep(pipeline, year, cap, p));
        });
        List<Swap> swaps = ctx.read("gas/swaps.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String from = r.text("from");
            String via = r.text("via");
            String to = r.text("to");
            double cap = r.number("capacity_bcm_per_year");
            double fee = r.number("fee_usd_per_kcm");
            Pipeline.Status status = r.choice("status", Pipeline.Status.class);
            int commissioned = r.integer("commissioned");
            Provenance p = r.provenance();
            return r.build(() -> new Swap(id, name, from, via, to, cap, fee, status, commissioned, p));
        });
        List<Market> markets = ctx.read("gas/markets.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            String node = r.text("node");
            double demand = r.number("demand_cap_bcm_per_year");
            double price = r.number("price_usd_per_kcm");
            Provenance p = r.provenance();
            var priceConfidence = r.optional("price_confidence").map(c -> {
                var parsed = dev.crossroads.core.Confidence.parse(c);
                if (parsed.isEmpty()) {
                    r.error(
                            "price_confidence",
                            "'" + c + "' is not a confidence: use reported, derived, unconfirmed, conflict or"
                                    + " illustrative (or leave it empty for the row's confidence)");
                }
                return parsed.orElse(dev.crossroads.core.Confidence.ILLUSTRATIVE);
            });
            return r.build(() ->
                    new Market(id, name, country, node, demand, price, p, priceConfidence.orElseGet(p::confidence)));
        });
        List<Contract> contracts = ctx.read("gas/contracts.csv", r -> {
            String id = r.text("id");
            String market = r.text("market");
            double min = r.number("min_bcm_per_year");
            double max = r.number("max_bcm_per_year");
            int start = r.integer("start_year");
            var end = r.optInteger("end_year");
            Provenance p = r.provenance();
            return r.build(() -> new Contract(id, market, min, max, start, end, p));
        });
        List<ReportedDelivery> deliveries = ctx.read("gas/deliveries.csv", r -> {
            String market = r.text("market");
            int year = r.integer("year");
            double volume = r.number("volume_bcm");
            var asReported = r.optNumber("reported_bcm");
            Provenance p = r.provenance();
            return r.build(() -> new ReportedDelivery(market, year, volume, p, asReported));
        });
        List<ReportedGroup> groups = ctx.read("gas/reported-groups.csv", r -> {
            String group = r.text("group");
            int year = r.integer("year");
            double reported = r.number("reported_bcm");
            List<String> members = r.list("markets");
            Provenance p = r.provenance();
            return r.build(() -> new ReportedGroup(group, year, reported, members, p));
        });
        return new GasSystem(
                nodes, fields, supply, pipelines, expansions, swaps, markets, contracts, deliveries, groups);
    }
}
