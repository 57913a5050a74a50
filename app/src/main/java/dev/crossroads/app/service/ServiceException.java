package dev.crossroads.app.service;

/**
 * An error of a use case that the user can act on. Its {@link Kind} tells the adapters how to answer: the CLI
 * prints the message after {@code error:} and exits 1, the HTTP API answers with the kind's status. The message
 * says what is wrong and what to do; it never carries a stack trace.
 */
public final class ServiceException extends RuntimeException {
    /** What went wrong, independent of how an adapter reports it. */
    public enum Kind {
        /** The input is wrong (a bad value, a malformed file or body): HTTP 400. */
        INPUT(400),
        /** A named thing (run, job, market, file) does not exist: HTTP 404. */
        NOT_FOUND(404),
        /** The request clashes with the state (a job still running, a duplicate): HTTP 409. */
        CONFLICT(409),
        /** A resource the use case needs is busy or missing (a full queue, a database down): HTTP 503. */
        UNAVAILABLE(503);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;

    public ServiceException(Kind kind, String message) {
        super(message);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public ServiceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    public static ServiceException input(String message) {
        return new ServiceException(Kind.INPUT, message);
    }

    public static ServiceException notFound(String message) {
        return new ServiceException(Kind.NOT_FOUND, message);
    }

    public static ServiceException conflict(String message) {
        return new ServiceException(Kind.CONFLICT, message);
    }
}
