package dev.crossroads.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads text input strictly: a regular file, at most {@link Limits#FILE_BYTES} bytes, UTF-8 (a leading byte order
 * mark is dropped), no NUL bytes. A bad byte is reported with its file, line and column, never as a bare
 * {@code MalformedInputException}.
 */
public final class InputText {
    private InputText() {}

    /** The text of {@code file}, within the {@link Limits#FILE_BYTES} limit. */
    public static String read(Path file) {
        return read(file, Limits.FILE_BYTES);
    }

    /** The text of {@code file}, within limit {@code limitName} (a byte count, see {@link Limits}). */
    public static String read(Path file, String limitName) {
        String name = file.toString();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new InputException(name + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(name + ": not a regular file (a folder, device or pipe); give a file");
        }
        long max = Limits.get(limitName);
        try {
            long size = Files.size(file);
            if (size > max) {
                throw new InputException(
                        name + ": " + bytes(size) + " is larger than allowed; " + Limits.howToChange(limitName));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (data.length > max) {
                    throw new InputException(name + ": larger than allowed; " + Limits.howToChange(limitName));
                }
                return decode(name, data);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads at most {@code max} bytes of a stream (a zip entry, a request body); refuses more. */
    public static byte[] readCapped(String name, InputStream in, String limitName) throws IOException {
        long max = Limits.get(limitName);
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (data.length > max) {
            throw new InputException(
                    name + ": larger than allowed (more than " + bytes(max) + "); " + Limits.howToChange(limitName));
        }
        return data;
    }

    /**
     * {@code data} decoded as UTF-8 without a leading byte order mark. Throws an {@link InputException} naming
     * {@code name}, the line and column of the first byte that is not UTF-8 or is NUL (binary input).
     */
    public static String decode(String name, byte[] data) {
        int start = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        CharBuffer out = CharBuffer.allocate(data.length - start);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw bad(
                    name,
                    data,
                    start,
                    in.position(),
                    "is not UTF-8 (byte 0x" + String.format(Locale.ROOT, "%02X", data[in.position()] & 0xFF)
                            + "); save the file as UTF-8");
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw bad(
                    name, data, start, data.length, "ends in the middle of a UTF-8 character; save the file as UTF-8");
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int at = start + text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length;
            throw bad(name, data, start, at, "holds a NUL byte: this looks like a binary file, not text");
        }
        return text;
    }

    private static InputException bad(String name, byte[] data, int start, int at, String what) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < at && i < data.length; i++) {
            if (data[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(data, lineStart, Math.max(0, at - lineStart), StandardCharsets.UTF_8).length() + 1;
        return new InputException(name, line, column, what);
    }

    /** "1.5 MiB", "512 bytes". */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GiB", n / (1024.0 * 1024 * 1024));
    }
}
