package dev.crossroads.spark;

/** A job cannot run as asked (missing input, bad option): the message says what to do. */
public final class SparkJobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SparkJobException(String message) {
        super(message);
    }
}
