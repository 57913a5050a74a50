package dev.crossroads.relations;

/** A problem with the input of the relations engine (a lexicon line, an unknown state, a bad date range). */
public final class RelationsException extends IllegalArgumentException {
    private final boolean unknownState;

    public RelationsException(String message) {
        this(message, false);
    }

    public RelationsException(String message, Throwable cause) {
        super(message, cause);
        this.unknownState = false;
    }

    private RelationsException(String message, boolean unknownState) {
        super(message);
        this.unknownState = unknownState;
    }

    /** A state the pack does not know: adapters answer it as "not found". */
    public static RelationsException unknownState(String message) {
        return new RelationsException(message, true);
    }

    /** Whether the error names a state that the pack does not know (rather than a malformed value). */
    public boolean unknownState() {
        return unknownState;
    }
}
