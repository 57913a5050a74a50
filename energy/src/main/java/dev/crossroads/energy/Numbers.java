package dev.crossroads.energy;

/** Tolerances and rounding shared by the energy analyses. */
final class Numbers {
    static final double TOL = 1e-6;

    private Numbers() {}

    static double tol(double scale) {
        return TOL * Math.max(1, Math.abs(scale));
    }

    static double clean(double v) {
        return Math.abs(v) < 1e-9 ? 0 : v;
    }

    static double usd(double musd) {
        return Math.round(musd * 1e6 * 100) / 100.0;
    }
}
