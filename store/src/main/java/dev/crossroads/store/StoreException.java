package dev.crossroads.store;

/**
 * A persistence operation failed. The message says what was attempted, why it failed and, where
 * possible, what the user can do about it (for example "cannot open database jdbc:postgresql://db/x:
 * connection refused. Check the URL or start the server."). Passwords in URLs are never included.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and how to fix it */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message what failed and how to fix it
     * @param cause the underlying JDBC, I/O or migration error
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
