package dev.crossroads.core;

/**
 * A value of the region model broke one of its rules. Names the field so that a loader can point at the
 * column that holds it.
 */
public final class ModelException extends IllegalArgumentException {
    private final String field;

    public ModelException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field (CSV column name) whose value is wrong. */
    public String field() {
        return field;
    }
}
