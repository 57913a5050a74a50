package dev.crossroads.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks used by the compact constructors of the model records. */
public final class Checks {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern REGION_ID = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}|[a-z0-9][a-z0-9_.-]*");

    private Checks() {}

    public static String id(String field, String value) {
        notBlank(field, value);
        if (!ID.matcher(value).matches()) {
            throw new ModelException(
                    field, "'" + value + "' is not a valid id: use lower-case letters, digits, '_', '.', '-'");
        }
        return value;
    }

    public static String regionId(String field, String value) {
        notBlank(field, value);
        if (!REGION_ID.matcher(value).matches()) {
            throw new ModelException(
                    field,
                    "'" + value + "' is not a valid region id: use an ISO 3166-2 code like SY-DI or a lower-case id");
        }
        return value;
    }

    public static String iso3(String field, String value) {
        notBlank(field, value);
        if (!ISO3.matcher(value).matches()) {
            throw new ModelException(
                    field, "'" + value + "' is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. AZE)");
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ModelException(field, field + " is required");
        }
        return value;
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new ModelException(field, field + " must not be negative, got " + value);
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new ModelException(field, field + " must be positive, got " + value);
        }
        return value;
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new ModelException(field, field + " must be a finite number");
        }
        return value;
    }

    public static double between(String field, double value, double low, double high) {
        finite(field, value);
        if (value < low || value > high) {
            throw new ModelException(field, field + " must be between " + low + " and " + high + ", got " + value);
        }
        return value;
    }

    public static double latitude(String field, double value) {
        return between(field, value, -90, 90);
    }

    public static double longitude(String field, double value) {
        return between(field, value, -180, 180);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ModelException(field, field + " is required");
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> value) {
        Objects.requireNonNull(value, field);
        return List.copyOf(value);
    }

    public static int year(String field, int value) {
        if (value < 1900 || value > 2100) {
            throw new ModelException(field, field + " must be a year between 1900 and 2100, got " + value);
        }
        return value;
    }

    /** Checks low &lt;= central &lt;= high, naming the field that breaks the order. */
    public static void ordered(
            String lowField, double low, String centralField, double central, String highField, double high) {
        if (low > central) {
            throw new ModelException(
                    lowField, lowField + " (" + low + ") must not exceed " + centralField + " (" + central + ")");
        }
        if (central > high) {
            throw new ModelException(
                    highField, highField + " (" + high + ") must not be below " + centralField + " (" + central + ")");
        }
    }
}
