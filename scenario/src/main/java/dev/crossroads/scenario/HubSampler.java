package dev.crossroads.scenario;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs a scenario over samples of the inputs the pack does not pin down, and reports the spread of each figure of
 * the chain (median and 10–90% range) and which input moves it most. Sampled: the price of every market whose row
 * is {@code illustrative} or {@code conflict}, uniformly within ± {@code priceSpread} of the pack's figure (a
 * judgement the user sees and sets, not a probability the sources give). The programme is not re-solved per sample;
 * the chain's energy, power and relations steps are. Sample {@code i} draws from its own generator seeded with
 * {@code seed + i}, so the result does not depend on the number of threads.
 */
public final class HubSampler {
    private final RegionPack pack;
    private final RelationsEngine relations;

    public HubSampler(RegionPack pack, RelationsEngine relations) {
        this.pack = pack;
        this.relations = relations;
    }

    /** The spread of one figure over the samples. */
    public record Spread(
            String pillar,
            String what,
            String unit,
            double median,
            double p10,
            double p90,
            double min,
            double max,
            List<Sensitivity> movedMostBy) {
        public Spread {
            movedMostBy = List.copyOf(movedMostBy);
        }
    }

    /** How strongly a sampled input moves a figure: the rank correlation over the samples (-1..1). */
    public record Sensitivity(String input, double rankCorrelation) {}

    /** The result of a sampled run. */
    public record Result(
            String scenario,
            int samples,
            long seed,
            double priceSpread,
            int threads,
            double seconds,
            double samplesPerSecond,
            List<String> inputs,
            List<Spread> figures,
            List<String> notes) {
        public Result {
            inputs = List.copyOf(inputs);
            figures = List.copyOf(figures);
            notes = List.copyOf(notes);
        }
    }

    public Result run(ScenarioSpec spec, int samples, long seed, double priceSpread, int threads) {
        if (samples < 2 || samples > 100_000) {
            throw new ScenarioException("--samples must lie between 2 and 100000, got " + samples);
        }
        if (!(priceSpread >= 0 && priceSpread < 1)) {
            throw new ScenarioException("the price spread must lie in [0, 1), got " + priceSpread);
        }
        if (threads < 1) {
            throw new ScenarioException("threads must be at least 1, got " + threads);
        }
        List<Market> sampled = pack.gas().markets().stream()
                .filter(m -> m.provenance().confidence() == Confidence.ILLUSTRATIVE
                        || m.provenance().confidence() == Confidence.CONFLICT)
                .toList();
        List<String> inputs = sampled.stream()
                .map(m -> "price of " + m.id() + " (gas/markets.csv, "
                        + m.provenance().confidence().code() + ")")
                .toList();
        Map<String, Double> explicit = spec.changes().priceUsdPerKcm();
        double[][] drawn = new double[samples][sampled.size()];
        List<Map<String, double[]>> figures = new java.util.ArrayList<>(java.util.Collections.nCopies(samples, null));
        long t0 = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, samples).parallel().forEach(i -> {
                        SplittableRandom rnd = new SplittableRandom(seed + i);
                        Map<String, Double> prices = new TreeMap<>(explicit);
                        for (int k = 0; k < sampled.size(); k++) {
                            Market m = sampled.get(k);
                            double factor = 1 + priceSpread * (2 * rnd.nextDouble() - 1);
                            drawn[i][k] = factor;
                            if (!explicit.containsKey(m.id())) {
                                prices.put(m.id(), m.priceUsdPerKcm() * factor);
                            }
                        }
                        ScenarioChanges withPrices =
                                spec.changes().withPrices(prices).withProgramme(false);
                        HubResult r = new HubRunner(pack, relations)
                                .withBasePlans(HubRunner.BasePlans.NONE)
                                .withTransitExposure(false)
                                .run(spec.withChanges(withPrices));
                        Map<String, double[]> f = new LinkedHashMap<>();
                        for (HubResult.ChainStep s : r.chain()) {
                            f.put(s.pillar() + "\u0000" + s.what() + "\u0000" + s.unit(), new double[] {s.value()});
                        }
                        f.put(
                                "energy\u0000the hub's netback in the scenario\u0000USD m/y",
                                new double[] {r.pillars().energy().scenarioNetbackUsd() / 1e6});
                        f.put(
                                "power\u0000electricity available in total\u0000MW",
                                new double[] {r.pillars().power().availableMw()});
                        figures.set(i, f);
                    }))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioException("sampling interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ScenarioException se) {
                throw se;
            }
            throw new IllegalStateException("a sample failed: " + cause, cause);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // a figure missing from a sample (a step below the chain's threshold) counts as 0 there
        Map<String, double[]> byFigure = new LinkedHashMap<>();
        for (int i = 0; i < samples; i++) {
            for (String k : figures.get(i).keySet()) {
                byFigure.computeIfAbsent(k, x -> new double[samples]);
            }
        }
        for (int i = 0; i < samples; i++) {
            for (Map.Entry<String, double[]> e : byFigure.entrySet()) {
                double[] v = figures.get(i).get(e.getKey());
                e.getValue()[i] = v == null ? 0 : v[0];
            }
        }
        List<Spread> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : byFigure.entrySet()) {
            String[] key = e.getKey().split("\u0000", -1);
            double[] v = e.getValue();
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            List<Sensitivity> sens = new ArrayList<>();
            for (int k = 0; k < sampled.size(); k++) {
                double[] x = new double[samples];
                for (int i = 0; i < samples; i++) {
                    x[i] = drawn[i][k];
                }
                double rho = spearman(x, v);
                if (Math.abs(rho) >= 0.1) {
                    sens.add(new Sensitivity(inputs.get(k), HubRunner.round(rho, 3)));
                }
            }
            sens.sort((a, b) -> Double.compare(Math.abs(b.rankCorrelation()), Math.abs(a.rankCorrelation())));
            out.add(new Spread(
                    key[0],
                    key[1],
                    key[2],
                    quantile(sorted, 0.5),
                    quantile(sorted, 0.1),
                    quantile(sorted, 0.9),
                    sorted[0],
                    sorted[samples - 1],
                    sens.subList(0, Math.min(3, sens.size()))));
        }
        List<String> notes = List.of(String.format(
                java.util.Locale.ROOT,
                "%d samples; each illustrative or conflicting "
                        + "market price drawn uniformly within ±%.0f%% of the pack's figure (a judgement, set with --price-spread); "
                        + "the programme is not re-solved per sample",
                samples,
                100 * priceSpread));
        return new Result(
                spec.name(),
                samples,
                seed,
                priceSpread,
                threads,
                HubRunner.round(seconds, 3),
                HubRunner.round(samples / seconds, 2),
                inputs,
                out,
                notes);
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Spearman's rank correlation (average ranks for ties); 0 when either side is constant. */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx <= 0 || syy <= 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0;
            for (int k = i; k <= j; k++) {
                r[idx[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }
}
