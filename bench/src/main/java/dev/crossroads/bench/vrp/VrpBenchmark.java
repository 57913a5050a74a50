package dev.crossroads.bench.vrp;

import dev.crossroads.rebuild.vrp.CvrplibReader;
import dev.crossroads.rebuild.vrp.PortfolioVrpSolver;
import dev.crossroads.rebuild.vrp.SolomonReader;
import dev.crossroads.rebuild.vrp.VrpBudget;
import dev.crossroads.rebuild.vrp.VrpProblem;
import dev.crossroads.rebuild.vrp.VrpSolution;
import dev.crossroads.rebuild.vrp.VrpSolvers;
import dev.crossroads.rebuild.vrp.VrpValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs routing solvers on a folder of standard instances (CVRPLIB {@code .vrp}, Solomon {@code .txt}) and
 * compares each cost with the best known. Every solution is checked by {@link VrpValidator}; an infeasible
 * one is reported as such and its gap is not counted as a success.
 */
public final class VrpBenchmark {
    /** What to run: the folder, the best-known file, the time per instance, the solvers and the sample. */
    public record Settings(
            Path dir,
            Path bks,
            Duration timeLimit,
            List<String> solvers,
            int every,
            int limit,
            boolean separately,
            boolean fleetFromName,
            OptionalLong iterations) {
        /** Wall time only (what the benchmark measures by default). */
        public Settings(
                Path dir,
                Path bks,
                Duration timeLimit,
                List<String> solvers,
                int every,
                int limit,
                boolean separately,
                boolean fleetFromName) {
            this(dir, bks, timeLimit, solvers, every, limit, separately, fleetFromName, OptionalLong.empty());
        }

        public Settings(Path dir, Path bks, Duration timeLimit, List<String> solvers, int every, int limit) {
            this(dir, bks, timeLimit, solvers, every, limit, false, false);
        }

        public Settings(
                Path dir,
                Path bks,
                Duration timeLimit,
                List<String> solvers,
                int every,
                int limit,
                boolean separately) {
            this(dir, bks, timeLimit, solvers, every, limit, separately, false);
        }

        public Settings {
            solvers = List.copyOf(solvers);
            if (solvers.isEmpty()) {
                throw new IllegalArgumentException("name at least one solver");
            }
            solvers.forEach(VrpSolvers::byName);
            if (every < 1 || limit < 0) {
                throw new IllegalArgumentException("--every must be at least 1 and --limit not negative");
            }
            if (iterations == null || (iterations.isPresent() && iterations.getAsLong() < 1)) {
                throw new IllegalArgumentException("--iterations must be at least 1");
            }
        }

        /**
         * Each solver's budget: the time limit, or with {@code iterations} that many iterations in the solver's own
         * unit (reproducible) and the time limit as an outer limit.
         */
        public VrpBudget budget() {
            return new VrpBudget(timeLimit, iterations);
        }
    }

    /**
     * One solver on one instance. {@code run} says how it was measured: {@code alone} (a run of its own) or
     * {@code portfolio thread} (the library's own thread inside the portfolio's race: the same solver, time
     * limit and start as alone, on the other core).
     */
    public record InstanceResult(
            String name,
            String solver,
            double cost,
            double bestKnown,
            double gapPercent,
            int vehicles,
            boolean feasible,
            List<String> violations,
            double seconds,
            String run) {}

    /** How a result was measured: see {@link InstanceResult#run()}. */
    public static final String ALONE = "alone";

    public static final String PORTFOLIO_THREAD = "portfolio thread";

    /** Mean and max gap of one solver over the instances it solved. */
    public record Summary(int instances, double meanGapPercent, double maxGapPercent) {}

    public record Report(List<InstanceResult> instances, Map<String, Summary> bySolver) {
        public Summary summary(String solver) {
            return bySolver.get(solver);
        }
    }

    private VrpBenchmark() {}

    /** The instance files of the folder in name order, sampled: every K-th, at most N (0 = all). */
    public static List<Path> instances(Path dir, int every, int limit) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no instance folder at " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.filter(
                            p -> p.toString().endsWith(".vrp") || p.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
            List<Path> sample = new ArrayList<>();
            for (int i = 0; i < all.size(); i += every) {
                if (limit > 0 && sample.size() >= limit) {
                    break;
                }
                sample.add(all.get(i));
            }
            return sample;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CVRPLIB {@code .vrp} or a Solomon {@code .txt} instance file, opened here and parsed by its reader. */
    public static VrpProblem read(Path file) {
        String text = dev.crossroads.core.input.InputText.read(file);
        String name = file.getFileName().toString();
        return name.endsWith(".vrp")
                ? CvrplibReader.parse(name.replaceFirst("\\.vrp$", ""), text)
                : SolomonReader.parse(name.replaceFirst("\\.txt$", ""), text);
    }

    public static Report run(Settings s, Consumer<InstanceResult> progress) {
        BestKnown bks = BestKnown.read(s.bks());
        List<InstanceResult> results = new ArrayList<>();
        for (Path file : instances(s.dir(), s.every(), s.limit())) {
            VrpProblem read = read(file);
            // the classic Augerat best-known costs use exactly the K vehicles of the name
            VrpProblem p =
                    s.fleetFromName() && file.toString().endsWith(".vrp") ? CvrplibReader.withFleetOfName(read) : read;
            double best = bks.of(p.name())
                    .orElseThrow(() ->
                            new IllegalArgumentException("no best-known cost for " + p.name() + " in " + s.bks()));
            // the portfolio races the libraries on two cores; when they are asked for too, their own threads'
            // results are their side-by-side figures (same limit, same start), unless --separately
            Map<String, VrpSolution> fromRace = new LinkedHashMap<>();
            for (String solverName : s.solvers()) {
                VrpSolution sol;
                String run = ALONE;
                if (fromRace.containsKey(solverName)) {
                    sol = fromRace.get(solverName);
                    run = PORTFOLIO_THREAD;
                } else if (solverName.equals("portfolio") && !s.separately()) {
                    PortfolioVrpSolver.Race race = new PortfolioVrpSolver().race(p, s.budget(), Optional.empty());
                    race.members().forEach(m -> fromRace.put(m.solver(), m));
                    sol = race.best();
                } else {
                    sol = VrpSolvers.byName(solverName).solve(p, s.budget());
                }
                List<String> violations = VrpValidator.violations(p, sol);
                double gap = 100.0 * (sol.distance() - best) / best;
                InstanceResult r = new InstanceResult(
                        p.name(),
                        solverName,
                        round(sol.distance()),
                        best,
                        round(gap),
                        sol.routes().size(),
                        violations.isEmpty(),
                        violations,
                        sol.elapsedMillis() / 1000.0,
                        run);
                results.add(r);
                progress.accept(r);
            }
        }
        Map<String, Summary> summaries = new LinkedHashMap<>();
        for (String solverName : s.solvers()) {
            List<InstanceResult> mine =
                    results.stream().filter(r -> r.solver().equals(solverName)).toList();
            summaries.put(solverName, summarise(mine));
        }
        return new Report(results, summaries);
    }

    /** Mean and max gap; an infeasible solution counts as a gap of 100% so that it cannot look good. */
    static Summary summarise(List<InstanceResult> results) {
        double sum = 0;
        double max = 0;
        for (InstanceResult r : results) {
            double g = r.feasible() ? r.gapPercent() : 100;
            sum += g;
            max = Math.max(max, g);
        }
        return new Summary(results.size(), results.isEmpty() ? 0 : round(sum / results.size()), round(max));
    }

    static double round(double x) {
        return Math.round(x * 1e4) / 1e4 + 0.0;
    }
}
