package dev.crossroads.energy;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allocation LP of a {@link GasNetwork}, kept alive between solves so that a re-solve after a bound change
 * starts from the previous basis (GLOP keeps its state inside one {@link MPSolver} when only bounds change).
 *
 * <pre>
 * maximise   sum_m price_m d_m - sum_a tariff_a x_a - sum_f cost_f s_f - P sum_m u_m
 * subject to for every node v:
 *              sum_{a into v} (1 - fee_a) x_a + sum_{f at v} s_f - sum_{a out of v} x_a - sum_{m at v} d_m = 0
 *            for every market m with contracts:  d_m + u_m >= sum of its active contract minimums
 *            0 <= x_a <= capacity_a,  0 <= s_f <= supply_f,  0 <= d_m <= demand cap_m,  u_m >= 0
 * </pre>
 * Units: flows in bcm per year, prices in USD per kcm; since 1 bcm = 10^6 kcm the objective is in million USD
 * and every dual value is in USD per kcm (equivalently million USD per bcm). {@code u_m} is the contract
 * shortfall (phase-1 slack), penalised by {@code P = } {@value #SHORTFALL_PENALTY_USD_PER_KCM} USD per kcm so
 * that any feasible way to meet the contracts is preferred; a positive {@code u_m} in the optimum means the
 * contracts cannot all be met and names the market.
 *
 * <p><b>In-kind transit fees.</b> The fee {@code fee_a x_a} taken on an arc goes to the arc's transit country:
 * when the network has a market there ({@link GasNetwork#feeRecipient}), that market receives it. For such a
 * market {@code m} with fee arcs {@code F(m)}, let {@code phi_m = sum_{a in F(m)} fee_a x_a}; then
 * <pre>
 *   delivered_m = d_m + phi_m - o_m            (d_m: gas bought from the network at m's node)
 *   d_m + phi_m - o_m &lt;= demand cap_m,   0 &lt;= o_m &lt;= phi_m,   contract row: d_m + phi_m - o_m + u_m &gt;= min
 * </pre>
 * {@code o_m} is fee gas the market cannot absorb (lost). The exporter earns nothing on fee gas (the objective
 * keeps {@code price_m d_m}); to make the fee gas count first against the cap (the transit country takes its fee
 * whatever else it buys), {@code o_m} is penalised at {@code price_m + 1} USD per kcm, just more than cutting a kcm
 * of paid delivery is worth, so the optimum never overflows fee gas while paid gas could make room. When a
 * disruption sets the market's cap to zero the penalty is dropped (nothing can be absorbed, so it must not bend
 * the flows). Reported netbacks exclude both penalties. Fee gas with no recipient market is lost as before.
 */
final class Allocation implements AutoCloseable {
    static final double SHORTFALL_PENALTY_USD_PER_KCM = 100_000;

    static {
        Loader.loadNativeLibraries();
    }

    /** Forces the class (and the native libraries) to load. */
    static void loadNatives() {
        // the static initialiser does the work
    }

    final GasNetwork network;
    private final MPSolver solver;
    private final MPVariable[] x;
    private final MPVariable[] s;
    private final MPVariable[] d;
    private final MPVariable[] u;
    private final MPConstraint[] balance;
    private final MPConstraint[] contract;
    /** Per market: the fee overflow {@code o_m} and the cap row, or null when the market receives no fee. */
    private final MPVariable[] o;

    private final MPConstraint[] capRow;
    private final MPConstraint[] overflowRow;
    final int[] feeMarketOfArc;
    final double[] arcCap;
    final double[] sourceCap;
    final double[] sinkCap;
    final double[] sinkMin;
    final Map<String, Integer> nodeIndex = new HashMap<>();

    Allocation(GasNetwork network) {
        this.network = network;
        this.solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new EnergyException("the GLOP linear solver of OR-Tools is not available on this platform");
        }
        // without presolve GLOP re-solves from the previous basis after a bound change (N-1, disruptions)
        solver.setSolverSpecificParametersAsString("use_preprocessing: false");
        List<GasNetwork.Node> nodes = network.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i).id(), i);
        }
        balance = new MPConstraint[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            balance[i] = solver.makeConstraint(0, 0, "bal_" + i);
        }
        MPObjective obj = solver.objective();
        List<GasNetwork.Arc> arcs = network.arcs();
        Map<String, Integer> sinkIndex = new HashMap<>();
        for (int m = 0; m < network.sinks().size(); m++) {
            sinkIndex.put(network.sinks().get(m).id(), m);
        }
        feeMarketOfArc = new int[arcs.size()];
        for (int a = 0; a < arcs.size(); a++) {
            feeMarketOfArc[a] = network.feeRecipient(arcs.get(a))
                    .map(sk -> sinkIndex.get(sk.id()))
                    .orElse(-1);
        }
        x = new MPVariable[arcs.size()];
        arcCap = new double[arcs.size()];
        for (int a = 0; a < arcs.size(); a++) {
            GasNetwork.Arc arc = arcs.get(a);
            arcCap[a] = arc.capacityBcmPerYear();
            x[a] = solver.makeNumVar(0, arcCap[a], "x_" + a);
            balance[nodeIndex.get(arc.from())].setCoefficient(x[a], -1);
            balance[nodeIndex.get(arc.to())].setCoefficient(x[a], 1 - arc.transitFeeShare());
            obj.setCoefficient(x[a], -arc.tariffUsdPerKcm());
        }
        List<GasNetwork.Source> sources = network.sources();
        s = new MPVariable[sources.size()];
        sourceCap = new double[sources.size()];
        for (int f = 0; f < sources.size(); f++) {
            GasNetwork.Source src = sources.get(f);
            sourceCap[f] = src.capacityBcmPerYear();
            s[f] = solver.makeNumVar(0, sourceCap[f], "s_" + f);
            balance[nodeIndex.get(src.node())].setCoefficient(s[f], 1);
            obj.setCoefficient(s[f], -src.costUsdPerKcm());
        }
        List<GasNetwork.Sink> sinks = network.sinks();
        d = new MPVariable[sinks.size()];
        u = new MPVariable[sinks.size()];
        o = new MPVariable[sinks.size()];
        capRow = new MPConstraint[sinks.size()];
        overflowRow = new MPConstraint[sinks.size()];
        contract = new MPConstraint[sinks.size()];
        sinkCap = new double[sinks.size()];
        sinkMin = new double[sinks.size()];
        for (int m = 0; m < sinks.size(); m++) {
            GasNetwork.Sink sink = sinks.get(m);
            sinkCap[m] = sink.demandCapBcmPerYear();
            sinkMin[m] = sink.contractMinBcm();
            d[m] = solver.makeNumVar(0, sinkCap[m], "d_" + m);
            balance[nodeIndex.get(sink.node())].setCoefficient(d[m], -1);
            obj.setCoefficient(d[m], sink.priceUsdPerKcm());
            u[m] = solver.makeNumVar(0, MPSolver.infinity(), "u_" + m);
            obj.setCoefficient(u[m], -SHORTFALL_PENALTY_USD_PER_KCM);
            contract[m] = solver.makeConstraint(sinkMin[m], MPSolver.infinity(), "min_" + m);
            contract[m].setCoefficient(d[m], 1);
            contract[m].setCoefficient(u[m], 1);
        }
        for (int a = 0; a < arcs.size(); a++) {
            int m = feeMarketOfArc[a];
            if (m < 0) {
                continue;
            }
            if (o[m] == null) {
                o[m] = solver.makeNumVar(0, MPSolver.infinity(), "o_" + m);
                obj.setCoefficient(o[m], -overflowPenalty(m));
                capRow[m] = solver.makeConstraint(-MPSolver.infinity(), sinkCap[m], "cap_" + m);
                capRow[m].setCoefficient(d[m], 1);
                capRow[m].setCoefficient(o[m], -1);
                overflowRow[m] = solver.makeConstraint(-MPSolver.infinity(), 0, "ovf_" + m);
                overflowRow[m].setCoefficient(o[m], 1);
                contract[m].setCoefficient(o[m], -1);
            }
            double phi = arcs.get(a).transitFeeShare();
            capRow[m].setCoefficient(x[a], capRow[m].getCoefficient(x[a]) + phi);
            overflowRow[m].setCoefficient(x[a], overflowRow[m].getCoefficient(x[a]) - phi);
            contract[m].setCoefficient(x[a], contract[m].getCoefficient(x[a]) + phi);
        }
        obj.setMaximization();
    }

    void setArcCapacity(int a, double cap) {
        x[a].setUb(cap);
    }

    void setSourceCapacity(int f, double cap) {
        s[f].setUb(cap);
    }

    /** Sets a market's delivery bounds: at most {@code cap}, and at least {@code min} (softly, through the shortfall). */
    void setSinkBounds(int m, double min, double cap) {
        d[m].setUb(cap);
        contract[m].setLb(min);
        if (capRow[m] != null) {
            capRow[m].setUb(cap);
            solver.objective().setCoefficient(o[m], cap > 1e-12 ? -overflowPenalty(m) : 0);
        }
    }

    private double overflowPenalty(int m) {
        return network.sinks().get(m).priceUsdPerKcm() + 1;
    }

    /** Restores every bound to the network's own figures. */
    void reset() {
        for (int a = 0; a < x.length; a++) {
            x[a].setUb(arcCap[a]);
        }
        for (int f = 0; f < s.length; f++) {
            s[f].setUb(sourceCap[f]);
        }
        for (int m = 0; m < d.length; m++) {
            setSinkBounds(m, sinkMin[m], sinkCap[m]);
        }
    }

    /** Solves from the current state (warm when a previous solve exists) and reads the solution. */
    Solution solve() {
        long t0 = System.nanoTime();
        MPSolver.ResultStatus status = solver.solve();
        long nanos = System.nanoTime() - t0;
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new EnergyException("the allocation LP of " + network.name() + " ended with status " + status
                    + " (expected OPTIMAL: every bound is finite, so this is a numerical failure)");
        }
        double[] xs = new double[x.length];
        double[] xr = new double[x.length];
        double[] ub = new double[x.length];
        for (int a = 0; a < x.length; a++) {
            xs[a] = x[a].solutionValue();
            xr[a] = x[a].reducedCost();
            ub[a] = x[a].ub();
        }
        double[] ss = new double[s.length];
        double[] sr = new double[s.length];
        double[] sub = new double[s.length];
        for (int f = 0; f < s.length; f++) {
            ss[f] = s[f].solutionValue();
            sr[f] = s[f].reducedCost();
            sub[f] = s[f].ub();
        }
        double[] ds = new double[d.length];
        double[] dr = new double[d.length];
        double[] us = new double[d.length];
        double[] cd = new double[d.length];
        double[] dub = new double[d.length];
        double[] dlb = new double[d.length];
        double[] fee = new double[d.length];
        double[] ov = new double[d.length];
        double penalty = 0;
        for (int a = 0; a < x.length; a++) {
            if (feeMarketOfArc[a] >= 0) {
                fee[feeMarketOfArc[a]] += network.arcs().get(a).transitFeeShare() * Math.max(0, xs[a]);
            }
        }
        for (int m = 0; m < d.length; m++) {
            if (o[m] != null) {
                ov[m] = Math.max(0, Math.min(o[m].solutionValue(), fee[m]));
                penalty += ov[m] * -solver.objective().getCoefficient(o[m]);
                fee[m] -= ov[m];
            }
            ds[m] = d[m].solutionValue();
            dr[m] = d[m].reducedCost();
            us[m] = u[m].solutionValue();
            cd[m] = contract[m].dualValue();
            dub[m] = d[m].ub();
            dlb[m] = contract[m].lb();
        }
        double[] nd = new double[balance.length];
        for (int i = 0; i < balance.length; i++) {
            nd[i] = balance[i].dualValue();
        }
        return new Solution(
                solver.objective().value() + penalty,
                xs,
                xr,
                ub,
                ss,
                sr,
                sub,
                ds,
                fee,
                dr,
                dub,
                dlb,
                us,
                cd,
                nd,
                nanos / 1e6,
                solver.iterations());
    }

    /** Whether market {@code m} receives in-kind transit fees (its cap row and overflow exist). */
    boolean receivesFee(int m) {
        return o[m] != null;
    }

    /**
     * Solves from the current state and reads only what an N-1 ranking needs (netback, deliveries, shortfall):
     * a few JNI calls per market instead of several per variable and constraint.
     */
    Light solveLight() {
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new EnergyException("the allocation LP of " + network.name() + " ended with status " + status
                    + " (expected OPTIMAL: every bound is finite, so this is a numerical failure)");
        }
        double[] delivered = new double[d.length];
        double penalty = 0;
        double shortfall = 0;
        for (int m = 0; m < d.length; m++) {
            delivered[m] = d[m].solutionValue();
            double um = u[m].solutionValue();
            shortfall += um;
        }
        for (int a = 0; a < x.length; a++) {
            if (feeMarketOfArc[a] >= 0) {
                delivered[feeMarketOfArc[a]] +=
                        network.arcs().get(a).transitFeeShare() * Math.max(0, x[a].solutionValue());
            }
        }
        for (int m = 0; m < d.length; m++) {
            if (o[m] != null) {
                double ov = Math.max(0, o[m].solutionValue());
                penalty += ov * -solver.objective().getCoefficient(o[m]);
                delivered[m] -= ov;
            }
        }
        double objective = solver.objective().value() + penalty;
        return new Light(objective + SHORTFALL_PENALTY_USD_PER_KCM * shortfall, delivered, shortfall);
    }

    /** Netback (million USD, penalties out), deliveries per market and total contract shortfall. */
    record Light(double netbackMusd, double[] delivery, double shortfallTotal) {}

    String exportMps() {
        return solver.exportModelAsMpsFormat(false, false);
    }

    @Override
    public void close() {
        solver.delete();
    }

    /** The raw solution: arrays indexed like the network's arcs, sources, sinks and nodes. */
    record Solution(
            double objective,
            double[] flow,
            double[] arcReducedCost,
            double[] arcCap,
            double[] supply,
            double[] sourceReducedCost,
            double[] sourceCap,
            double[] bought,
            double[] feeReceived,
            double[] sinkReducedCost,
            double[] sinkCap,
            double[] sinkMin,
            double[] shortfall,
            double[] contractDual,
            double[] nodeDual,
            double solveMillis,
            long iterations) {
        double shortfallTotal() {
            double t = 0;
            for (double v : shortfall) {
                t += v;
            }
            return t;
        }

        /** What market {@code m} receives: gas bought at its node plus transit-fee gas. */
        double delivered(int m) {
            return bought[m] + feeReceived[m];
        }

        /** Deliveries per market (bought plus fee gas). */
        double[] delivery() {
            double[] r = new double[bought.length];
            for (int m = 0; m < r.length; m++) {
                r[m] = delivered(m);
            }
            return r;
        }

        /** Netback in million USD: the objective without the shortfall penalty (the fee-overflow penalty is already out). */
        double netbackMusd() {
            return objective + SHORTFALL_PENALTY_USD_PER_KCM * shortfallTotal();
        }
    }
}
