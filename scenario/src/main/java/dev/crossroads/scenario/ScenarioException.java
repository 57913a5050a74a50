package dev.crossroads.scenario;

/** A scenario that cannot be run, with a message that says what to change. */
public class ScenarioException extends RuntimeException {
    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the scenario names something the pack does not have (a state), rather than a malformed value. */
    public boolean notFound() {
        return getCause() instanceof dev.crossroads.relations.RelationsException r && r.unknownState();
    }
}
