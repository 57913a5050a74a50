package dev.crossroads.app.service;

import java.util.Locale;

/**
 * The one way figures are written for people (CLI tables and text, the Brief): thousands grouped, decimals only
 * where they mean something, money in bn and m, never a raw {@code 800000} next to a {@code 3.0 m}. Machine formats
 * (JSON, CSV) keep raw numbers: use {@link #raw}.
 */
public final class Figures {
    private Figures() {}

    /** A quantity as read: thousands grouped, up to three decimals, trailing zeros dropped (1,754,000; 0.35; 7,200). */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : (v > 0 ? "∞" : "−∞");
        }
        String s = String.format(Locale.ROOT, "%,.3f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    /** A number for a machine format: no grouping, integers without a decimal point (800000; 0.35). */
    public static String raw(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * An amount in a table column (US dollars by the column's header): 216.00 bn, 3.0 m, 800,000. Billions keep two
     * decimals, millions one, smaller amounts are whole and grouped.
     */
    public static String amount(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1f m", v / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** Dollars in prose: $216.0 bn, $3.0 m, $800,000, a minus sign as "−". */
    public static String usd(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? "−" : "";
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%s$%.1f bn", sign, a / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%s$%.1f m", sign, a / 1e6);
        }
        return String.format(Locale.ROOT, "%s$%,.0f", sign, a);
    }

    /** A measured figure: grouped and whole from 1,000 up, two decimals below (12,160; 0.48). */
    public static String measure(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A whole quantity, grouped: 266,959. */
    public static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A signed score with two decimals: +4.74, -38.68. */
    public static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    /** A share as a percentage with one decimal: 0.858 gives 85.8%. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
