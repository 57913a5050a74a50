package dev.crossroads.rebuild.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossroads.rebuild.InstanceFiles;
import dev.crossroads.rebuild.rcpsp.RcpspInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The makespan search (genetic generator, energetic bound, LNS around CP-SAT) on generated instances and on PSPLIB
 * J30 when the reference data is present: every schedule passes the instance's independent checker, the bounds
 * never exceed CP-SAT's proven optimum, and the search is a function of the seed and its work budgets.
 */
class MakespanSearchTest {
    /** A small budget: a handful of neighbourhoods, a deterministic work limit; the wall clock only as a safety. */
    static final MakespanSearch.Settings SMALL = new MakespanSearch.Settings(60, 0.3, 0.05, 6);

    static SolveParameters budget(int workers, int seed) {
        return new SolveParameters(300, workers, seed, 0.5);
    }

    /** A random RCPSP: tasks 1..n between a dummy source and sink, forward precedences, 1-3 resources. */
    static RcpspInstance random(long seed, int n) {
        Random rnd = new Random(seed);
        int nr = 1 + rnd.nextInt(3);
        int[] cap = new int[nr];
        for (int r = 0; r < nr; r++) {
            cap[r] = 2 + rnd.nextInt(7);
        }
        int total = n + 2;
        List<List<Integer>> succ = new ArrayList<>();
        for (int j = 0; j < total; j++) {
            succ.add(new ArrayList<>());
        }
        for (int i = 1; i <= n; i++) {
            boolean hasPred = false;
            for (int k = 1; k < i; k++) {
                if (rnd.nextDouble() < 0.2) {
                    succ.get(k).add(i);
                    hasPred = true;
                }
            }
            if (!hasPred) {
                succ.get(0).add(i);
            }
        }
        for (int i = 1; i <= n; i++) {
            if (succ.get(i).isEmpty()) {
                succ.get(i).add(n + 1);
            }
        }
        List<RcpspInstance.Job> jobs = new ArrayList<>();
        for (int j = 0; j < total; j++) {
            boolean dummy = j == 0 || j == n + 1;
            int[] dem = new int[nr];
            for (int r = 0; r < nr && !dummy; r++) {
                dem[r] = rnd.nextInt(cap[r] + 1);
            }
            int[] s = succ.get(j).stream().mapToInt(x -> x + 1).toArray();
            jobs.add(new RcpspInstance.Job(j + 1, dummy ? 0 : rnd.nextInt(7), dem, s));
        }
        return new RcpspInstance("random-" + seed, jobs, cap, 0);
    }

    @Property(tries = 25, seed = "16")
    void everyScheduleIsFeasibleAndTheBoundsAreSound(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 14) int n) {
        RcpspInstance inst = random(seed, n);
        SchedulingProblem p = inst.toProblem();
        Graph g = Graph.of(p);
        int[] ga = Genetic.run(p, g, seed, 30);
        assertThat(inst.check(ga))
                .as("genetic schedule of instance seed %d", seed)
                .isEmpty();

        Schedule s = MakespanSearch.solve(p, budget(2, seed), SolveListener.none(), SMALL);
        assertThat(inst.check(s.start()))
                .as("LNS schedule of instance seed %d", seed)
                .isEmpty();
        int ms = (int) s.objective();
        assertThat(SerialSgs.makespan(p, s.start())).isEqualTo(ms);
        assertThat(s.bound()).isLessThanOrEqualTo(ms);

        // the exact optimum of these small instances, from CP-SAT alone: no lower bound may exceed it
        Schedule exact = CpScheduler.solve(p, new SolveParameters(300, 1, 0, 50), SolveListener.none());
        assumeTrue(exact.status() == Schedule.Status.OPTIMAL, "CP-SAT did not prove instance seed " + seed);
        int opt = (int) Math.round(exact.objective());
        assertThat(s.bound()).as("bound of instance seed %d", seed).isLessThanOrEqualTo(opt);
        assertThat(EnergeticBound.of(p, g, 0, opt + 5)).isLessThanOrEqualTo(opt);
        assertThat(EnergeticBound.refuted(p, g, opt)).isFalse();
        assertThat(ms).isGreaterThanOrEqualTo(opt);
        if (s.status() == Schedule.Status.OPTIMAL) {
            assertThat(ms).isEqualTo(opt);
        }
    }

    @Property(tries = 5, seed = "7")
    void theSameSeedAndBudgetGiveTheSameSchedule(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SchedulingProblem p = random(seed, 30).toProblem();
        Schedule a = MakespanSearch.solve(p, budget(2, 3), SolveListener.none(), SMALL);
        Schedule b = MakespanSearch.solve(p, budget(2, 3), SolveListener.none(), SMALL);
        assertThat(b.start()).as("instance seed %d", seed).containsExactly(a.start());
        assertThat(b.objective()).isEqualTo(a.objective());
        assertThat(b.stoppedBy()).isEqualTo(a.stoppedBy());
    }

    @Test
    void theGeneticGeneratorIsNoWorseThanTheLatestFinishTimeRule() {
        for (long seed = 0; seed < 20; seed++) {
            RcpspInstance inst = random(seed, 25);
            SchedulingProblem p = inst.toProblem();
            Graph g = Graph.of(p);
            int[] tail = g.tails();
            double[] lft = new double[tail.length];
            for (int i = 0; i < lft.length; i++) {
                lft[i] = -tail[i];
            }
            int rule = SerialSgs.makespan(p, SerialSgs.forward(p, g, lft, false));
            int[] ga = Genetic.run(p, g, 1, 200);
            assertThat(inst.check(ga)).isEmpty();
            assertThat(SerialSgs.makespan(p, ga)).as("seed %d", seed).isLessThanOrEqualTo(rule);
        }
    }

    @Test
    void aNeighbourhoodBudgetStopsTheSearchAndSaysSo() {
        // an instance the first CP-SAT call does not close within its small work share
        SchedulingProblem p = random(42, 40).toProblem();
        MakespanSearch.Settings one = new MakespanSearch.Settings(20, 0.01, 0.01, 2);
        Schedule s = MakespanSearch.solve(p, new SolveParameters(300, 1, 0, 0.02), SolveListener.none(), one);
        if (s.status() != Schedule.Status.OPTIMAL) {
            assertThat(s.stoppedBy()).isEqualTo(Schedule.StopReason.WORK_LIMIT);
        } else {
            assertThat(s.stoppedBy()).isEqualTo(Schedule.StopReason.PROVED);
        }
        assertThat(s.bound()).isLessThanOrEqualTo(s.objective());
    }

    @Test
    void psplibJ30SchedulesPassTheChecker() throws Exception {
        Path dir = Path.of(System.getProperty("crossroads.reference", "../shared/data"), "psplib", "j30");
        assumeTrue(Files.isDirectory(dir), "PSPLIB J30 not found under " + dir + "; skipping");
        for (String name : List.of("j301_1.sm", "j3013_5.sm", "j3029_3.sm")) {
            RcpspInstance inst = InstanceFiles.psplib(dir.resolve(name));
            SchedulingProblem p = inst.toProblem();
            Schedule s = MakespanSearch.solve(p, budget(2, 0), SolveListener.none(), SMALL);
            assertThat(inst.check(s.start())).as(name).isEmpty();
            assertThat(s.bound()).as(name).isLessThanOrEqualTo(s.objective());
            Graph g = Graph.of(p);
            int[] ga = Genetic.run(p, g, 0, 100);
            assertThat(inst.check(ga)).as(name).isEmpty();
            // j301_1's optimum is 43 (PSPLIB): no bound may pass it
            if (name.equals("j301_1.sm")) {
                assertThat(s.bound()).isLessThanOrEqualTo(43);
                assertThat(EnergeticBound.refuted(p, g, 43)).isFalse();
            }
        }
    }
}
