package dev.crossroads.rebuild.schedule;

/** Told of each improving solution while the solver runs (called from the solver's thread). */
@FunctionalInterface
public interface SolveListener {
    void improved(double seconds, double objective, double bound);

    static SolveListener none() {
        return (s, o, b) -> {};
    }
}
