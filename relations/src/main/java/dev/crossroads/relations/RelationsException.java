package dev.crossroads.relations;

/** A problem with the input of the relations engine (a lexicon line, an unknown state, a bad date range). */
public final class RelationsException extends IllegalArgumentException {
    public RelationsException(String message) {
        super(message);
    }

    public RelationsException(String message, Throwable cause) {
        super(message, cause);
    }
}
