package dev.crossroads.core.pack;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while loading a pack. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void error(String file, int line, int column, String message) {
        list.add(new Problem(Problem.Severity.ERROR, file, line, column, message));
    }

    void warning(String file, int line, int column, String message) {
        list.add(new Problem(Problem.Severity.WARNING, file, line, column, message));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.ORDER);
        return copy;
    }
}
