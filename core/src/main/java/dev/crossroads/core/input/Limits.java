package dev.crossroads.core.input;

import java.util.Locale;

/**
 * The limits applied where input enters (file bytes, instance sizes, article sizes). Each has a default and
 * can be changed with a Java system property {@code crossroads.limit.NAME} (for the CLI:
 * {@code JAVA_OPTS=-Dcrossroads.limit.NAME=VALUE bin/crossroads ...}). They exist so that a small hostile or
 * mistaken input ends in a clear error instead of exhausting memory or time.
 */
public final class Limits {
    private Limits() {}

    /** Bytes of one input file (instance, pack CSV, article file, zip entry). */
    public static final String FILE_BYTES = "fileBytes";
    /** Nodes of a routing instance (its distance matrix has nodes squared entries). */
    public static final String VRP_NODES = "vrpNodes";
    /** Jobs (activities) of a scheduling instance. */
    public static final String RCPSP_JOBS = "rcpspJobs";
    /** Bytes of one article's text. */
    public static final String ARTICLE_BYTES = "articleBytes";
    /** Sentences read from one article. */
    public static final String ARTICLE_SENTENCES = "articleSentences";
    /** Events kept from one article. */
    public static final String ARTICLE_EVENTS = "articleEvents";

    /** The value of limit {@code name}: the system property if set to a positive whole number, else the default. */
    public static long get(String name) {
        long fallback = defaultOf(name);
        String v = System.getProperty(property(name));
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(v.strip().replace("_", ""));
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@link #get(String)} capped at {@link Integer#MAX_VALUE}. */
    public static int getInt(String name) {
        return (int) Math.min(Integer.MAX_VALUE, get(name));
    }

    /** The system property that sets limit {@code name}. */
    public static String property(String name) {
        return "crossroads.limit." + name;
    }

    /** How to change limit {@code name}, for messages: "set -Dcrossroads.limit.NAME=N (JAVA_OPTS) to change it". */
    public static String howToChange(String name) {
        return "the limit is " + String.format(Locale.ROOT, "%,d", get(name)) + "; set -D" + property(name)
                + "=N (in JAVA_OPTS) to change it";
    }

    private static long defaultOf(String name) {
        return switch (name) {
            case FILE_BYTES -> 256L * 1024 * 1024;
            case VRP_NODES -> 5_000;
            case RCPSP_JOBS -> 10_000;
            case ARTICLE_BYTES -> 1024L * 1024;
            case ARTICLE_SENTENCES -> 2_000;
            case ARTICLE_EVENTS -> 1_000;
            default -> throw new IllegalArgumentException("unknown limit " + name);
        };
    }
}
