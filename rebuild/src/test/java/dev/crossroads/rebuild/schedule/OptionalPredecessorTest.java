package dev.crossroads.rebuild.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A precedence means the later task needs the earlier one done: an optional task a mandatory one waits for is done. */
class OptionalPredecessorTest {
    @Test
    void aMandatoryTaskMakesTheOptionalTaskItWaitsForPresent() {
        // task 0 is optional and worth nothing, task 1 is mandatory, waits for 0 and is worth something
        SchedulingProblem.Task before = new SchedulingProblem.Task(
                "before", List.of(new SchedulingProblem.Mode("m", 2, new int[] {1}, new long[0])), true, 0);
        SchedulingProblem.Task after = new SchedulingProblem.Task(
                "after", List.of(new SchedulingProblem.Mode("m", 2, new int[] {1}, new long[0])), false, 5);
        SchedulingProblem p = new SchedulingProblem(
                List.of(before, after),
                List.of(new SchedulingProblem.Resource("crew", 1)),
                List.of(new SchedulingProblem.Precedence(0, 1)),
                List.of(),
                List.of(),
                12,
                SchedulingProblem.Objective.WEIGHTED_SERVICE,
                Optional.empty());
        Schedule s = CpScheduler.solve(p, new SolveParameters(20, 1, 0, 5), SolveListener.none());
        assertThat(s.status()).isEqualTo(Schedule.Status.OPTIMAL);
        assertThat(s.mode()[0]).as("the optional predecessor is done").isGreaterThanOrEqualTo(0);
        assertThat(s.start()[1]).isGreaterThanOrEqualTo(s.start()[0] + 2);
    }
}
