package dev.crossroads.core.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader that remembers where each record starts, so that problems can be reported at
 * {@code line:column}. Accepts LF and CRLF line ends and a UTF-8 byte order mark. Shared by the pack loader and
 * the readers of other input files (the logistics tables).
 */
public final class CsvReader {
    /** One record: the line it starts on and, per cell, its text and its 1-based column number. */
    public record Record(int line, List<String> cells) {}

    /** A syntax error in the file (an unterminated quote, text after a closing quote). */
    public record SyntaxError(int line, int column, String message) {}

    public record Result(List<Record> records, List<SyntaxError> errors) {}

    private CsvReader() {}

    /** Splits {@code text} into records; a syntax error is reported where it starts, never thrown. */
    public static Result parse(String text) {
        return parse(text, false);
    }

    /**
     * As {@link #parse(String)}, but a line that starts with {@code #} where a record would start is a comment and
     * skipped (the resource tables shipped with the engines document themselves this way).
     */
    public static Result parseSkippingComments(String text) {
        return parse(text, true);
    }

    private static Result parse(String text, boolean comments) {
        List<Record> records = new ArrayList<>();
        List<SyntaxError> errors = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        int line = 1;
        while (i < n) {
            if (comments && text.charAt(i) == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                i++;
                line++;
                continue;
            }
            int recordLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean endOfRecord = false;
            boolean recordBroken = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    int quoteCol = cells.size() + 1;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                cell.append('"');
                                i += 2;
                            } else {
                                i++;
                                closed = true;
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            cell.append(c);
                            i++;
                        }
                    }
                    if (!closed) {
                        errors.add(new SyntaxError(
                                quoteLine, quoteCol, "a quoted cell is never closed: add the closing '\"'"));
                        return new Result(records, errors);
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        errors.add(new SyntaxError(
                                line,
                                cells.size() + 1,
                                "text after a closing quote: quote the whole cell and double any '\"' inside it"));
                        recordBroken = true;
                        while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                            i++;
                        }
                    }
                } else {
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        }
                        cell.append(c);
                        i++;
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                } else {
                    if (text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            boolean blank = cells.size() == 1 && cells.get(0).isBlank();
            if (!blank && !recordBroken) {
                records.add(new Record(recordLine, List.copyOf(cells)));
            }
        }
        return new Result(records, errors);
    }
}
