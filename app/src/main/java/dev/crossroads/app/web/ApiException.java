package dev.crossroads.app.web;

/**
 * An error the HTTP API answers with {@code {"error": message, "status": status}}. The message says what
 * to do about it; it never carries a stack trace.
 */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error has a 4xx or 5xx status, got " + status);
        }
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }
}
