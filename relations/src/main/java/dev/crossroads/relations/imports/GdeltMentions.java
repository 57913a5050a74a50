package dev.crossroads.relations.imports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Parses one row of the GDELT 2.0 Mentions table: 16 tab-separated columns, no header (GLOBALEVENTID,
 * EventTimeDate, MentionTimeDate as {@code yyyyMMddHHmmss}, MentionType, MentionSourceName, MentionIdentifier,
 * SentenceID, three character offsets, InRawText, Confidence, MentionDocLen, MentionDocTone,
 * MentionDocTranslationInfo, Extras). Each mention is one report of an event: its outlet, URL (or citation)
 * and the coder's confidence.
 */
public final class GdeltMentions {
    /** Number of columns of a GDELT 2.0 Mentions row. */
    public static final int COLUMNS = 16;

    /**
     * One mention of a GDELT event.
     *
     * @param eventId the GLOBALEVENTID it reports
     * @param date the day of the mention (MentionTimeDate)
     * @param type MentionType: 1 web, 2 citation-only, 3 CORE, 4 DTIC, 5 JSTOR, 6 non-textual
     * @param sourceName the outlet (MentionSourceName)
     * @param identifier the URL or citation (MentionIdentifier)
     * @param confidence GDELT's confidence in the extraction, 10 to 100
     */
    public record Mention(
            String eventId, LocalDate date, int type, String sourceName, String identifier, int confidence) {
        public Mention {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(sourceName, "sourceName");
            Objects.requireNonNull(identifier, "identifier");
        }
    }

    /** What one Mentions line gives: a mention or an error naming the line. */
    public sealed interface Line permits Parsed, Bad {
        int line();
    }

    public record Parsed(int line, Mention mention) implements Line {}

    public record Bad(int line, String error) implements Line {
        @Override
        public String toString() {
            return "line " + line + ": " + error;
        }
    }

    private GdeltMentions() {}

    /** One line of a Mentions file, numbered {@code line} from 1. */
    public static Line parse(String text, int line) {
        String[] f = Fields.tabs(text);
        if (f.length != COLUMNS) {
            return new Bad(
                    line,
                    "expected " + COLUMNS + " tab-separated columns (GDELT 2.0 Mentions), got " + f.length
                            + (f.length == GdeltEvents.COLUMNS ? ": this looks like an Events row" : ""));
        }
        try {
            String id = Fields.required(f[0], Fields.column(0, "GLOBALEVENTID"));
            if (!id.chars().allMatch(Character::isDigit)) {
                throw new Fields.BadField(Fields.column(0, "GLOBALEVENTID") + ": '" + id + "' is not a number");
            }
            String time = Fields.required(f[2], Fields.column(2, "MentionTimeDate"));
            if (time.length() != 14 || !time.chars().allMatch(Character::isDigit)) {
                throw new Fields.BadField(
                        Fields.column(2, "MentionTimeDate") + ": '" + time + "' is not a time (yyyyMMddHHmmss)");
            }
            LocalDate date = Fields.date(time.substring(0, 8), Fields.column(2, "MentionTimeDate"));
            int type = Fields.integer(f[3], Fields.column(3, "MentionType"), 1);
            String source = Fields.optional(f[4]).orElse("");
            String identifier = Fields.required(f[5], Fields.column(5, "MentionIdentifier"));
            int confidence = f[11].isBlank() ? 0 : Fields.integer(f[11], Fields.column(11, "Confidence"), 0);
            return new Parsed(line, new Mention(id, date, type, source, identifier, confidence));
        } catch (Fields.BadField | IllegalArgumentException e) {
            return new Bad(line, e.getMessage());
        }
    }

    /** Whether a line has the Mentions table's column count (to tell a Mentions file from an Events file). */
    public static boolean looksLikeMentions(String text) {
        return Fields.tabs(text).length == COLUMNS;
    }
}
