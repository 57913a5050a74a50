package dev.crossroads.rebuild.vrp;

/** A standard instance file that cannot be read; the message names the file and line. */
public final class VrpFormatException extends IllegalArgumentException {
    public VrpFormatException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
