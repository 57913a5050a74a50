package dev.crossroads.energy.power;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.power.PowerConstant;
import dev.crossroads.core.power.PowerDemand;
import dev.crossroads.core.power.PowerInputs;
import dev.crossroads.core.power.PowerPlant;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.power.PowerResult.Limit;
import dev.crossroads.energy.power.PowerResult.NodeGas;
import dev.crossroads.energy.power.PowerResult.PlantSupply;
import dev.crossroads.energy.power.PowerResult.RegionSupply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * From gas to electricity: the MW each plant can sustain with the gas the network delivers in a year. Pure
 * physics with stated constants, no fitted number:
 *
 * <pre>
 *   heat MW of one bcm a year   k = 1e9 m3 x CV MJ/m3 / (8760 h x 3600 s/h)          (MJ/s = MW)
 *   gas a plant needs            need = availableMw / (efficiency x k)                 bcm/y
 *   gas reaching node n          G = deliveries to the markets at n in the allocation
 *   dispatch on n                most efficient plants first: each takes min(need, what is left);
 *                                plants of equal efficiency share in proportion to need
 *   MW sustained                 min(availableMw, allotted x k x efficiency)
 * </pre>
 *
 * Dispatching a node's gas in merit order (the most electricity per m3 first) is what an operator short of
 * gas does. The order is fixed by the plants, so more gas never gives any plant less; and more capacity at
 * a fuel-limited node never gives the node fewer MW (the gas moves only to a plant at least as efficient).
 * Plants on other fuels ({@code local_gas}, fuel oil, water, sun ...) count at their available MW. Stateless;
 * no IO.
 */
public final class PowerSupply {
    /** Hours in a (non-leap) year: 365 x 24. A definition, so the MW figures are averages over the year. */
    public static final double HOURS_PER_YEAR = 8760;
    /** Seconds in an hour. */
    public static final double SECONDS_PER_HOUR = 3600;

    static final double TOL = 1e-9;

    private PowerSupply() {}

    /**
     * Gas reaching each node in an allocation: the sum of the deliveries of the markets at that node (in-kind
     * fees included), in bcm. Nodes without a market are absent.
     */
    public static Map<String, Double> gasByNode(GasNetwork network, AllocationResult allocation) {
        Map<String, Double> byNode = new TreeMap<>();
        for (AllocationResult.MarketDelivery d : allocation.deliveries()) {
            GasNetwork.Sink s = network.sink(d.market())
                    .orElseThrow(() -> new EnergyException("the allocation delivers to market " + d.market()
                            + ", which is not in network " + network.name()));
            byNode.merge(s.node(), Math.max(0, d.deliveredBcm()), Double::sum);
        }
        return byNode;
    }

    /** The supply of a pack's plants with the gas of an allocation of {@code network} (its year and regions). */
    public static PowerResult of(RegionPack pack, GasNetwork network, AllocationResult allocation) {
        return compute(pack.power(), pack.rebuild().regions(), gasByNode(network, allocation), network.year());
    }

    /**
     * The MW each plant sustains in {@code year} with {@code gasBcmByNode} reaching the gas nodes, per plant,
     * node, region and in total.
     *
     * @param regions the pack's regions, for names and order (may be empty: ids are used)
     * @throws EnergyException when a plant burns network gas and the inputs state no calorific value
     */
    public static PowerResult compute(
            PowerInputs inputs, List<Region> regions, Map<String, Double> gasBcmByNode, int year) {
        boolean burnsGas = inputs.plants().stream().anyMatch(p -> p.fuel() == PowerPlant.Fuel.GAS);
        Optional<PowerConstant> cv = inputs.calorificValue();
        if (burnsGas && cv.isEmpty()) {
            throw new EnergyException("plants burn network gas but the pack states no "
                    + PowerConstant.Known.GAS_CALORIFIC_VALUE.id() + " in power/constants.csv");
        }
        for (Map.Entry<String, Double> e : gasBcmByNode.entrySet()) {
            if (!Double.isFinite(e.getValue()) || e.getValue() < 0) {
                throw new EnergyException("gas reaching node " + e.getKey()
                        + " must be a non-negative number of bcm, got " + e.getValue());
            }
        }
        double cvMj = cv.map(PowerConstant::value).orElse(Double.NaN);
        double k = 1e9 * cvMj / (HOURS_PER_YEAR * SECONDS_PER_HOUR);
        PowerResult.Constants constants = new PowerResult.Constants(
                cv.isPresent() ? cvMj : 0,
                cv.map(c -> c.provenance().sourceIds()).orElse(List.of()),
                cv.map(c -> c.provenance().confidence().code()).orElse(""),
                HOURS_PER_YEAR,
                cv.isPresent() ? k : 0);

        // what each gas plant needs, summed per node
        Map<String, Double> needByPlant = new LinkedHashMap<>();
        Map<String, Double> needByNode = new TreeMap<>();
        Map<String, List<String>> plantsByNode = new TreeMap<>();
        for (PowerPlant p : inputs.plants()) {
            if (p.fuel() == PowerPlant.Fuel.GAS) {
                double need = p.availableMw() / (p.efficiency().getAsDouble() * k);
                needByPlant.put(p.id(), need);
                String node = p.gasNode().orElseThrow();
                needByNode.merge(node, need, Double::sum);
                plantsByNode.computeIfAbsent(node, x -> new ArrayList<>()).add(p.id());
            }
        }
        // merit order on each node: most efficient first, equal efficiencies share in proportion to need
        Map<String, PowerPlant> byId = new LinkedHashMap<>();
        inputs.plants().forEach(p -> byId.put(p.id(), p));
        Map<String, Double> allottedByPlant = new LinkedHashMap<>();
        List<NodeGas> nodes = new ArrayList<>();
        Map<String, List<String>> orderByNode = new TreeMap<>();
        for (Map.Entry<String, Double> e : needByNode.entrySet()) {
            double g = gasBcmByNode.getOrDefault(e.getKey(), 0.0);
            List<String> order = new ArrayList<>(plantsByNode.get(e.getKey()));
            order.sort(java.util.Comparator.comparingDouble(
                    (String id) -> -byId.get(id).efficiency().getAsDouble()));
            orderByNode.put(e.getKey(), order);
            double left = g;
            int i = 0;
            while (i < order.size()) {
                double eff = byId.get(order.get(i)).efficiency().getAsDouble();
                int j = i;
                double groupNeed = 0;
                while (j < order.size()
                        && Math.abs(byId.get(order.get(j)).efficiency().getAsDouble() - eff) <= 1e-12) {
                    groupNeed += needByPlant.get(order.get(j));
                    j++;
                }
                double give = Math.min(left, groupNeed);
                for (int x = i; x < j; x++) {
                    String id = order.get(x);
                    allottedByPlant.put(id, groupNeed <= TOL ? 0 : give * needByPlant.get(id) / groupNeed);
                }
                left -= give;
                i = j;
            }
            double need = e.getValue();
            double used = g - left;
            nodes.add(new NodeGas(e.getKey(), g, need, used, left, need <= TOL ? 0 : used / need, order));
        }

        List<PlantSupply> plants = new ArrayList<>();
        for (PowerPlant p : inputs.plants()) {
            if (p.fuel() != PowerPlant.Fuel.GAS) {
                Limit limit = p.availableMw() <= TOL ? Limit.NO_CAPACITY : Limit.FUEL_NOT_MODELLED;
                String why = limit == Limit.NO_CAPACITY
                        ? String.format(
                                Locale.ROOT,
                                "%s: no available MW (%s, %,.0f MW installed)",
                                p.id(),
                                p.status().code(),
                                p.installedMw())
                        : String.format(
                                Locale.ROOT,
                                "%s: %,.0f MW available on %s, counted in full (its fuel is not modelled)",
                                p.id(),
                                p.availableMw(),
                                p.fuel().code());
                plants.add(new PlantSupply(
                        p.id(),
                        p.name(),
                        p.region(),
                        p.type().code(),
                        p.fuel().code(),
                        Optional.empty(),
                        p.installedMw(),
                        p.availableMw(),
                        p.efficiency(),
                        0,
                        0,
                        0,
                        p.availableMw(),
                        p.availableMw() <= TOL ? 0 : 1,
                        limit,
                        why));
                continue;
            }
            String node = p.gasNode().orElseThrow();
            double need = needByPlant.get(p.id());
            double nodeNeed = needByNode.get(node);
            double g = gasBcmByNode.getOrDefault(node, 0.0);
            double allotted = allottedByPlant.get(p.id());
            double used = Math.min(allotted, need);
            // a plant given all it needs runs at exactly its available MW (no rounding below it)
            double factor = need <= TOL ? 0 : allotted >= need * (1 - 1e-12) ? 1 : used / need;
            double eff = p.efficiency().getAsDouble();
            double mw = p.availableMw() <= TOL ? 0 : Math.min(p.availableMw(), p.availableMw() * factor);
            int rank = orderByNode.get(node).indexOf(p.id()) + 1;
            Limit limit;
            String why;
            if (p.availableMw() <= TOL) {
                limit = Limit.NO_CAPACITY;
                why = String.format(
                        Locale.ROOT,
                        "%s: no available MW (%s, %,.0f MW installed), so it burns none of the gas at %s",
                        p.id(),
                        p.status().code(),
                        p.installedMw(),
                        node);
            } else if (factor >= 1 - TOL) {
                limit = Limit.CAPACITY;
                why = String.format(
                        Locale.ROOT,
                        "%s: capacity-limited at %,.0f MW; it burns %.3f bcm of the gas at %s (%.3f bcm x %,.1f MW/bcm x efficiency %.2f)",
                        p.id(),
                        p.availableMw(),
                        used,
                        node,
                        used,
                        k,
                        eff);
            } else {
                limit = Limit.FUEL;
                why = String.format(
                        Locale.ROOT,
                        "%s: fuel-limited at %.1f of %,.0f MW; it gets %.3f of the %.3f bcm it needs (%s receives %.3f bcm for plants needing %.3f; it is %s in merit order at efficiency %.2f): %.3f bcm x %,.1f MW/bcm x %.2f",
                        p.id(),
                        mw,
                        p.availableMw(),
                        used,
                        need,
                        node,
                        g,
                        nodeNeed,
                        ordinal(rank),
                        eff,
                        used,
                        k,
                        eff);
            }
            plants.add(new PlantSupply(
                    p.id(),
                    p.name(),
                    p.region(),
                    p.type().code(),
                    p.fuel().code(),
                    p.gasNode(),
                    p.installedMw(),
                    p.availableMw(),
                    p.efficiency(),
                    need,
                    allotted,
                    used,
                    mw,
                    p.availableMw() <= TOL ? 0 : factor,
                    limit,
                    why));
        }

        // regions: the pack's order, then any other region a plant or demand row names
        Map<String, String> names = new LinkedHashMap<>();
        regions.forEach(r -> names.put(r.id(), r.name()));
        Set<String> present = new LinkedHashSet<>();
        inputs.plants().forEach(p -> present.add(p.region()));
        inputs.demand().forEach(d -> present.add(d.region()));
        List<String> order = new ArrayList<>();
        names.keySet().stream().filter(present::contains).forEach(order::add);
        present.stream().filter(r -> !names.containsKey(r)).sorted().forEach(order::add);
        List<RegionSupply> out = new ArrayList<>();
        double totalDemand = 0;
        for (String r : order) {
            double avail = 0;
            double cap = 0;
            double inst = 0;
            double fuelLimited = 0;
            List<String> ids = new ArrayList<>();
            for (PlantSupply ps : plants) {
                if (ps.region().equals(r)) {
                    avail += ps.sustainedMw();
                    cap += ps.availableMw();
                    inst += ps.installedMw();
                    fuelLimited += ps.availableMw() - ps.sustainedMw();
                    ids.add(ps.id());
                }
            }
            Optional<PowerDemand> d = inputs.demandIn(r, year);
            OptionalDouble demand = d.map(x -> OptionalDouble.of(x.demandMw())).orElse(OptionalDouble.empty());
            double sustained = clean(avail);
            OptionalDouble share = d.map(
                            x -> OptionalDouble.of(x.demandMw() <= TOL ? 1 : Math.min(1, sustained / x.demandMw())))
                    .orElse(OptionalDouble.empty());
            totalDemand += demand.orElse(0);
            out.add(new RegionSupply(
                    r,
                    names.getOrDefault(r, r),
                    clean(avail),
                    cap,
                    inst,
                    demand,
                    d.map(x -> OptionalInt.of(x.year())).orElse(OptionalInt.empty()),
                    share,
                    clean(fuelLimited),
                    ids));
        }
        double available =
                clean(plants.stream().mapToDouble(PlantSupply::sustainedMw).sum());
        double capacity = plants.stream().mapToDouble(PlantSupply::availableMw).sum();
        double installed = plants.stream().mapToDouble(PlantSupply::installedMw).sum();
        double delivered = nodes.stream().mapToDouble(NodeGas::deliveredBcm).sum();
        double used = plants.stream().mapToDouble(PlantSupply::gasUsedBcm).sum();
        boolean anyDemand = out.stream().anyMatch(r -> r.demandMw().isPresent());
        OptionalDouble share = anyDemand
                ? OptionalDouble.of(totalDemand <= TOL ? 1 : Math.min(1, available / totalDemand))
                : OptionalDouble.empty();

        List<String> explanation = new ArrayList<>();
        if (burnsGas) {
            explanation.add(String.format(
                    Locale.ROOT,
                    "Constants: gas calorific value %.1f MJ/m3 (%s), %,.0f hours a year: 1 bcm a year carries %,.1f MW of heat on average; a plant turns it into electricity at its efficiency.",
                    cvMj,
                    String.join(";", constants.calorificValueSources()),
                    HOURS_PER_YEAR,
                    k));
        }
        for (NodeGas n : nodes) {
            List<String> shares = new ArrayList<>();
            for (String id : n.plants()) {
                PlantSupply ps = plants.stream()
                        .filter(x -> x.id().equals(id))
                        .findFirst()
                        .orElseThrow();
                shares.add(String.format(Locale.ROOT, "%s %.3f of %.3f", id, ps.gasUsedBcm(), ps.gasNeededBcm()));
            }
            explanation.add(String.format(
                    Locale.ROOT,
                    "%s receives %.3f bcm; its plants need %.3f bcm to run at their available MW; most efficient first: %s%s.",
                    n.node(),
                    n.deliveredBcm(),
                    n.neededBcm(),
                    String.join(", ", shares),
                    n.unusedBcm() > 1e-6 ? String.format(Locale.ROOT, " (%.3f bcm left unburnt)", n.unusedBcm()) : ""));
        }
        explanation.add(String.format(
                Locale.ROOT,
                "%d: %,.0f MW sustained of %,.0f MW available (%,.0f installed)%s; regions are not linked by transmission here, the total pools them.",
                year,
                available,
                capacity,
                installed,
                share.isPresent()
                        ? String.format(
                                Locale.ROOT,
                                " against %,.0f MW of demand (%.0f%% served)",
                                totalDemand,
                                share.getAsDouble() * 100)
                        : ""));
        out.stream()
                .filter(r -> r.demandYear().isPresent() && r.demandYear().getAsInt() < year)
                .map(r -> r.demandYear().getAsInt())
                .distinct()
                .forEach(y ->
                        explanation.add("Demand of " + y + " is used for " + year + " (the latest the pack states)."));
        return new PowerResult(
                year,
                constants,
                available,
                capacity,
                installed,
                totalDemand,
                share,
                delivered,
                used,
                out,
                plants,
                nodes,
                explanation);
    }

    private static String ordinal(int n) {
        return n
                + (n % 100 >= 11 && n % 100 <= 13
                        ? "th"
                        : switch (n % 10) {
                            case 1 -> "st";
                            case 2 -> "nd";
                            case 3 -> "rd";
                            default -> "th";
                        });
    }

    private static double clean(double v) {
        return Math.abs(v) < 1e-9 ? 0 : v;
    }
}
