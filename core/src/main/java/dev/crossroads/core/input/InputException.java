package dev.crossroads.core.input;

/**
 * Input that cannot be read as given: too large, not UTF-8, binary, out of range. The message is one line that
 * names the file (and line where known), the problem and, for a limit, how to change it. An
 * {@link IllegalArgumentException}, so the CLI prints it as {@code error: ...} with exit code 1.
 */
public final class InputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public InputException(String message) {
        this(message, (Throwable) null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.file = "";
        this.line = 0;
        this.column = 0;
        this.problem = message;
    }

    /** A problem at a line and column (from 1; 0 when not known) of {@code file}. */
    public InputException(String file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file named, or empty when the message names it another way. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the file and position. */
    public String problem() {
        return problem;
    }
}
