package dev.crossroads.relations.imports;

import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses ACLED's CSV export (comma-separated, quoted, a header): event_id_cnty, event_date, year,
 * time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2,
 * assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, admin1..3, location, latitude,
 * longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp.
 *
 * <p>Mapped: the id is event_id_cnty; the date event_date ({@code yyyy-MM-dd} or ACLED's older
 * {@code 12 July 2025}); the type through {@code imports/acled-cameo.csv} (an unlisted sub-event type is an
 * error); an actor's state is read from state-force names ("Military Forces of Syria (2024-)", "Police Forces
 * of Israel (2022-)", "Government of Azerbaijan (2003-)"), others have none; the role is inter1/inter2 (the
 * actor type: State forces, Rebel group, ...); sources are the distinct names in {@code source} (split on ';');
 * the text is the notes.
 */
public final class AcledEvents implements EventLines {
    private static final String MAPPING = "/dev/crossroads/relations/imports/acled-cameo.csv";
    private static final Map<String, CameoCode> TYPES = mapping();
    private static final Pattern STATE_FORCE = Pattern.compile(
            "^(?:Military|Police|Government|Navy|Air Force|Armed Forces|Security Forces)(?: Forces)? of (.+?)"
                    + "(?:\\s*\\((?:\\d{4}-?\\d{0,4}|[^)]*)\\))*$");
    private static final String[] INTER = {
        "",
        "State forces",
        "Rebel group",
        "Political militia",
        "Identity militia",
        "Rioters",
        "Protesters",
        "Civilians",
        "External/Other forces"
    };
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final String header;
    private final int columns;
    private final int id;
    private final int date;
    private final int eventType;
    private final int subEventType;
    private final int actor1;
    private final int inter1;
    private final int actor2;
    private final int inter2;
    private final Optional<Integer> source;
    private final Optional<Integer> notes;

    private AcledEvents(String header, Header h) {
        this.header = header.strip();
        columns = h.columns();
        id = h.require("ACLED", "event_id_cnty");
        date = h.require("ACLED", "event_date");
        eventType = h.require("ACLED", "event_type");
        subEventType = h.require("ACLED", "sub_event_type");
        actor1 = h.require("ACLED", "actor1");
        inter1 = h.require("ACLED", "inter1");
        actor2 = h.require("ACLED", "actor2");
        inter2 = h.require("ACLED", "inter2");
        source = h.find("source");
        notes = h.find("notes");
    }

    /** The parser for a file whose header line is {@code header}. */
    public static AcledEvents forHeader(String header) {
        return new AcledEvents(header, new Header(Fields.csv(header)));
    }

    @Override
    public ParsedLine parse(String text, int line) {
        if (text.strip().equals(header)) {
            return ParsedLine.nothing(line);
        }
        try {
            String[] f = Fields.csv(text);
            if (f.length != columns) {
                return new ParsedLine.Bad(
                        line, "expected " + columns + " comma-separated columns as in the header, got " + f.length);
            }
            String eventId = Fields.required(f[id], Fields.column(id, "event_id_cnty"));
            LocalDate day = date(f[date], Fields.column(date, "event_date"));
            String type = f[eventType].strip();
            String sub = f[subEventType].strip();
            CameoCode code = TYPES.get(key(type, sub));
            if (code == null) {
                throw new Fields.BadField(Fields.column(subEventType, "sub_event_type") + ": unknown ACLED event type '"
                        + type + "' / '" + sub + "' (listed in " + MAPPING + ")");
            }
            ImportedActor a1 = actor(f[actor1], f[inter1], Fields.column(inter1, "inter1"));
            ImportedActor a2 = actor(f[actor2], f[inter2], Fields.column(inter2, "inter2"));
            int sources = source.map(s -> sources(f[s])).orElse(1);
            String what = notes.flatMap(n -> Fields.optional(f[n])).orElse(type + ": " + sub);
            return ParsedLine.of(
                    line,
                    new ImportedEvent(
                            ImportFormat.ACLED,
                            eventId,
                            day,
                            a1,
                            a2,
                            Optional.empty(),
                            code.code(),
                            code.plover(),
                            code.ploverMode(),
                            code.quadClass(),
                            code.goldstein(),
                            sources,
                            sources,
                            Optional.empty(),
                            what));
        } catch (Fields.BadField | IllegalArgumentException e) {
            return new ParsedLine.Bad(line, e.getMessage());
        }
    }

    static LocalDate date(String value, String column) {
        String v = value.strip();
        if (v.length() == 10 && v.charAt(4) == '-') {
            return Fields.date(v, column);
        }
        try {
            return LocalDate.parse(v, LONG_DATE);
        } catch (DateTimeParseException e) {
            throw new Fields.BadField(column + ": '" + v + "' is not a date (yyyy-MM-dd or 12 July 2025)");
        }
    }

    private static ImportedActor actor(String name, String inter, String column) {
        String n = name.strip();
        String role = inter.strip();
        if (role.matches("\\d+")) {
            int code = Integer.parseInt(role);
            if (code < 0 || code >= INTER.length) {
                throw new Fields.BadField(column + ": unknown actor type '" + role + "' (0 to 8)");
            }
            role = INTER[code];
        }
        Optional<String> country = Optional.empty();
        Matcher m = STATE_FORCE.matcher(n);
        if (m.matches()) {
            country = CountryNames.iso3(m.group(1));
        }
        return new ImportedActor(n, country, Optional.of(role));
    }

    private static int sources(String cell) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(s -> names.add(s.toLowerCase(Locale.ROOT)));
        return Math.max(1, names.size());
    }

    private static String key(String type, String sub) {
        return type.strip().toLowerCase(Locale.ROOT) + "|" + sub.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, CameoCode> mapping() {
        Map<String, CameoCode> out = new HashMap<>();
        try (InputStream in = AcledEvents.class.getResourceAsStream(MAPPING)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MAPPING);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 3) {
                    throw new IllegalStateException(MAPPING + ":" + no + ": expected 3 fields");
                }
                out.put(key(f[0], f[1]), Cameo.standard().require(f[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
