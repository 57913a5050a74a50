package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.pack.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** An input file of the logistics plan (fleet, repair schedule) has problems; lists them all. */
public final class LogisticsInputException extends IllegalArgumentException {
    private final List<Problem> problems;

    public LogisticsInputException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Throws when {@code problems} is not empty. */
    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new LogisticsInputException(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}
