package dev.crossroads.relations.imports;

import dev.crossroads.relations.extract.CameoCode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses ICEWS coded event data (the Dataverse {@code .tab} files: tab-separated, a header line): Event ID,
 * Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name,
 * Target Sectors, Target Country, Story ID, Sentence Number, Publisher, and the place columns.
 *
 * <p>Mapped: the id is Event ID with the date ({@code Event ID} alone repeats across dates); countries are names
 * (mapped to ISO-3: an unknown name is an error, an empty one an actor without a state); the role is the first
 * of the actor's sectors; CAMEO Code with its leading zeros restored (ICEWS writes 42 for 042); the Goldstein
 * score is Intensity; each row is one sentence of one story: one source, one mention.
 */
public final class IcewsEvents implements EventLines {
    private final String header;
    private final int columns;
    private final int id;
    private final int date;
    private final int sourceName;
    private final int sourceSectors;
    private final int sourceCountry;
    private final int eventText;
    private final int cameo;
    private final int intensity;
    private final int targetName;
    private final int targetSectors;
    private final int targetCountry;
    private final Optional<Integer> publisher;
    private final Optional<Integer> story;

    private IcewsEvents(String header, Header h) {
        this.header = header.strip();
        columns = h.columns();
        id = h.require("ICEWS", "Event ID");
        date = h.require("ICEWS", "Event Date");
        sourceName = h.require("ICEWS", "Source Name");
        sourceSectors = h.require("ICEWS", "Source Sectors");
        sourceCountry = h.require("ICEWS", "Source Country");
        eventText = h.require("ICEWS", "Event Text");
        cameo = h.require("ICEWS", "CAMEO Code");
        intensity = h.require("ICEWS", "Intensity");
        targetName = h.require("ICEWS", "Target Name");
        targetSectors = h.require("ICEWS", "Target Sectors");
        targetCountry = h.require("ICEWS", "Target Country");
        publisher = h.find("Publisher");
        story = h.find("Story ID");
    }

    /** The parser for a file whose header line is {@code header}. */
    public static IcewsEvents forHeader(String header) {
        return new IcewsEvents(header, new Header(Fields.tabs(header)));
    }

    @Override
    public ParsedLine parse(String text, int line) {
        if (text.strip().equals(header)) {
            return ParsedLine.nothing(line);
        }
        String[] f = Fields.tabs(text);
        if (f.length != columns) {
            return new ParsedLine.Bad(
                    line, "expected " + columns + " tab-separated columns as in the header, got " + f.length);
        }
        try {
            LocalDate day = Fields.date(f[date], Fields.column(date, "Event Date"));
            String eventId = Fields.required(f[id], Fields.column(id, "Event ID"));
            String codeText = code(Fields.required(f[cameo], Fields.column(cameo, "CAMEO Code")));
            CameoCode code = Fields.cameo(codeText, Fields.column(cameo, "CAMEO Code"));
            double goldstein = f[intensity].isBlank()
                    ? code.goldstein()
                    : Fields.number(f[intensity], Fields.column(intensity, "Intensity"), -10, 10);
            ImportedActor source = actor(f, sourceName, sourceSectors, sourceCountry, "Source Country");
            ImportedActor target = actor(f, targetName, targetSectors, targetCountry, "Target Country");
            String what = f[eventText].strip().isEmpty() ? code.name() : f[eventText].strip();
            String where =
                    publisher.map(p -> f[p].strip()).filter(p -> !p.isEmpty()).orElse("");
            String storyId =
                    story.map(s -> f[s].strip()).filter(s -> !s.isEmpty()).orElse("");
            String provenance = where.isEmpty() && storyId.isEmpty()
                    ? ""
                    : " (" + where + (storyId.isEmpty() ? "" : (where.isEmpty() ? "" : ", ") + "story " + storyId)
                            + ")";
            return ParsedLine.of(
                    line,
                    new ImportedEvent(
                            ImportFormat.ICEWS,
                            eventId + "-" + day.toString().replace("-", ""),
                            day,
                            source,
                            target,
                            Optional.empty(),
                            codeText,
                            code.plover(),
                            code.ploverMode(),
                            code.quadClass(),
                            goldstein,
                            1,
                            1,
                            Optional.empty(),
                            source.name() + " / " + what + " / " + target.name() + provenance));
        } catch (Fields.BadField | IllegalArgumentException e) {
            return new ParsedLine.Bad(line, e.getMessage());
        }
    }

    /** ICEWS drops leading zeros: 42 is 042, 871 is 0871. */
    static String code(String v) {
        if (!v.chars().allMatch(Character::isDigit) || v.isEmpty()) {
            return v;
        }
        String c = v;
        while (c.length() < 3 || Integer.parseInt(c.substring(0, 2)) > 20) {
            if (c.length() >= 4) {
                break;
            }
            c = "0" + c;
        }
        return c;
    }

    private static ImportedActor actor(String[] f, int name, int sectors, int country, String column) {
        String countryName = f[country].strip();
        Optional<String> iso3 = Optional.empty();
        if (!countryName.isEmpty()) {
            iso3 = CountryNames.iso3(countryName);
            if (iso3.isEmpty()) {
                throw new Fields.BadField(Fields.column(country, column) + ": unknown country '" + countryName
                        + "' (write its English name, e.g. Azerbaijan)");
            }
        }
        String role = f[sectors].strip();
        int comma = role.indexOf(',');
        return new ImportedActor(f[name].strip(), iso3, Optional.of(comma < 0 ? role : role.substring(0, comma)));
    }
}
