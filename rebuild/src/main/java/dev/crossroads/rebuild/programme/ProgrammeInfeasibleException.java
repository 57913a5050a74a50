package dev.crossroads.rebuild.programme;

/** The programme's hard requirements cannot all be met; the message says which constraint and what to change. */
public final class ProgrammeInfeasibleException extends IllegalArgumentException {
    public ProgrammeInfeasibleException(String message) {
        super(message);
    }
}
