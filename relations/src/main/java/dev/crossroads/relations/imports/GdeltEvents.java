package dev.crossroads.relations.imports;

import dev.crossroads.relations.extract.CameoCode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses one row of the GDELT 2.0 Events export: 61 tab-separated columns, no header, as described in the
 * GDELT 2.0 Event Database codebook (GLOBALEVENTID, SQLDATE as {@code yyyyMMdd}, the 10 attributes of each of
 * the two actors, IsRootEvent, EventCode / EventBaseCode / EventRootCode, QuadClass, GoldsteinScale,
 * NumMentions, NumSources, NumArticles, AvgTone, three 8-column geographies, DATEADDED, SOURCEURL).
 *
 * <p>Mapped: the id is GLOBALEVENTID; the date SQLDATE; each actor's name Actor?Name (else Actor?Code), state
 * Actor?CountryCode (CAMEO country codes, ISO-3 for states) and role Actor?Type1Code (GOV, MIL, ...); CAMEO
 * EventCode with PLOVER from the CAMEO table; quad class and Goldstein score as given; sources NumSources,
 * mentions NumMentions; the URL SOURCEURL. GDELT codes two actors only, so a mediation (045) is actor1
 * mediating for actor2 without the other party.
 */
public final class GdeltEvents {
    /** Number of columns of a GDELT 2.0 Events row. */
    public static final int COLUMNS = 61;

    static final int ID = 0;
    static final int SQLDATE = 1;
    static final int ACTOR1 = 5; // Actor1Code; +1 name, +2 country, +7 Type1Code
    static final int ACTOR2 = 15;
    static final int EVENT_CODE = 26;
    static final int QUAD_CLASS = 29;
    static final int GOLDSTEIN = 30;
    static final int NUM_MENTIONS = 31;
    static final int NUM_SOURCES = 32;
    static final int NUM_ARTICLES = 33;
    static final int SOURCE_URL = 60;

    private GdeltEvents() {}

    /** One line of an Events export, numbered {@code line} from 1. */
    public static ParsedLine parse(String text, int line) {
        String[] f = Fields.tabs(text);
        if (f.length != COLUMNS) {
            return new ParsedLine.Bad(
                    line,
                    "expected " + COLUMNS + " tab-separated columns (GDELT 2.0 Events), got " + f.length
                            + (f.length == GdeltMentions.COLUMNS ? ": this looks like a Mentions row" : ""));
        }
        try {
            return ParsedLine.of(line, event(f));
        } catch (Fields.BadField | IllegalArgumentException e) {
            return new ParsedLine.Bad(line, e.getMessage());
        }
    }

    private static ImportedEvent event(String[] f) {
        String id = Fields.required(f[ID], Fields.column(ID, "GLOBALEVENTID"));
        if (!id.chars().allMatch(Character::isDigit)) {
            throw new Fields.BadField(Fields.column(ID, "GLOBALEVENTID") + ": '" + id + "' is not a number");
        }
        LocalDate date = Fields.date(f[SQLDATE], Fields.column(SQLDATE, "SQLDATE"));
        String codeText = Fields.required(f[EVENT_CODE], Fields.column(EVENT_CODE, "EventCode"));
        CameoCode code = Fields.cameo(codeText, Fields.column(EVENT_CODE, "EventCode"));
        int quad = f[QUAD_CLASS].isBlank()
                ? code.quadClass()
                : Fields.integer(f[QUAD_CLASS], Fields.column(QUAD_CLASS, "QuadClass"), 1);
        if (quad > 4) {
            throw new Fields.BadField(Fields.column(QUAD_CLASS, "QuadClass") + ": '" + quad + "' is not 1..4");
        }
        double goldstein = f[GOLDSTEIN].isBlank()
                ? code.goldstein()
                : Fields.number(f[GOLDSTEIN], Fields.column(GOLDSTEIN, "GoldsteinScale"), -10, 10);
        int mentions = Math.max(1, Fields.integer(f[NUM_MENTIONS], Fields.column(NUM_MENTIONS, "NumMentions"), 0));
        int sources = Math.max(1, Fields.integer(f[NUM_SOURCES], Fields.column(NUM_SOURCES, "NumSources"), 0));
        Fields.integer(f[NUM_ARTICLES], Fields.column(NUM_ARTICLES, "NumArticles"), 0);
        ImportedActor a1 = actor(f, ACTOR1, "Actor1");
        ImportedActor a2 = actor(f, ACTOR2, "Actor2");
        return new ImportedEvent(
                ImportFormat.GDELT,
                id,
                date,
                a1,
                a2,
                Optional.empty(),
                codeText,
                code.plover(),
                code.ploverMode(),
                quad,
                goldstein,
                sources,
                mentions,
                Fields.optional(f[SOURCE_URL]),
                a1.name() + " / " + code.name() + " / " + a2.name());
    }

    private static ImportedActor actor(String[] f, int at, String which) {
        String code = f[at].strip();
        String name = f[at + 1].strip();
        Optional<String> country = Fields.country(f[at + 2], Fields.column(at + 2, which + "CountryCode"));
        return new ImportedActor(name.isEmpty() ? code : name, country, Fields.optional(f[at + 7]));
    }
}
