package dev.crossroads.core.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack could not be loaded; carries every problem found, not just the first. */
public final class PackException extends RuntimeException {
    private final List<Problem> problems;

    public PackException(String pack, List<Problem> problems) {
        super(summary(pack, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String pack, List<Problem> problems) {
        long errors = problems.stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .count();
        return "pack " + pack + " has " + errors + " error" + (errors == 1 ? "" : "s") + ":\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
