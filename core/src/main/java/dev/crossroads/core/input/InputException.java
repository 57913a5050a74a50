package dev.crossroads.core.input;

/**
 * Input that cannot be read as given: too large, not UTF-8, binary, out of range. The message is one line that
 * names the file (and line where known), the problem and, for a limit, how to change it. An
 * {@link IllegalArgumentException}, so the CLI prints it as {@code error: ...} with exit code 1.
 */
public final class InputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
