package dev.crossroads.bench.events;

/** Precision, recall and F1 from true positives, false positives and false negatives (micro-averaged). */
public record Prf(
        int truePositives, int falsePositives, int falseNegatives, double precision, double recall, double f1) {
    public static Prf of(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(tp, fp, fn, p, r, f);
    }
}
