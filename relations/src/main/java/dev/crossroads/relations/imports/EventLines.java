package dev.crossroads.relations.imports;

/**
 * A parser of one event file's lines. GDELT files have no header; the others are read by the names in their
 * header line, so their parser is made from that line ({@link #of}). A parser is immutable: it may be shared
 * across threads and Spark partitions.
 */
public interface EventLines {
    /** Line {@code line} (from 1) of the file. */
    ParsedLine parse(String text, int line);

    /**
     * The parser for a file of {@code format} whose first line is {@code firstLine}. For a format with a header,
     * the first line is that header (and parsing it gives no event).
     *
     * @throws IllegalArgumentException when the header lacks a column the format needs (the message names it)
     */
    static EventLines of(ImportFormat format, String firstLine) {
        return switch (format) {
            case GDELT -> GdeltEvents::parse;
            case POLECAT -> PolecatEvents.forHeader(firstLine);
            case ICEWS -> IcewsEvents.forHeader(firstLine);
            case ACLED -> AcledEvents.forHeader(firstLine);
        };
    }

    /** Whether files of {@code format} start with a header line. */
    static boolean hasHeader(ImportFormat format) {
        return format != ImportFormat.GDELT;
    }
}
