package dev.crossroads.relations.imports;

import dev.crossroads.relations.extract.CameoCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses POLECAT event files (PLOVER-coded; tab-separated with a header): Event ID, Event Date, Event Type,
 * Event Mode, Intensity (or Event Intensity), Quad Code, Contexts, Actor Name, Actor Country, Actor COW,
 * Primary Actor Sector, Actor Sectors, ..., Recipient Name, Recipient Country, ..., Source, Publication Date,
 * .... Several actors or recipients are separated by {@code ;}.
 *
 * <p>Mapped: type and mode are PLOVER's; the CAMEO code comes from the CAMEO table ({@link PloverCodes}); the
 * Goldstein score is Intensity where given, else the table's; countries are ISO-3 as in the file; the role is
 * the primary sector. A consultation through a third party or a mediation (CONSULT or AGREE with mode
 * {@code third-party} or {@code mediate}) with two recipients is one event between the recipients with the
 * actor as its mediator, all three kept; other rows give one event per actor and recipient (ids
 * {@code <Event ID>#1}, {@code #2}, ... when there are several).
 */
public final class PolecatEvents implements EventLines {
    private static final Set<String> MEDIATION_MODES = Set.of("third-party", "mediate", "mediation");
    private final String header;
    private final int columns;
    private final int id;
    private final int date;
    private final int type;
    private final int mode;
    private final Optional<Integer> intensity;
    private final int actorName;
    private final int actorCountry;
    private final Optional<Integer> actorSector;
    private final int recipientName;
    private final int recipientCountry;
    private final Optional<Integer> recipientSector;
    private final Optional<Integer> source;

    private PolecatEvents(String header, Header h) {
        this.header = header.strip();
        columns = h.columns();
        id = h.require("POLECAT", "Event ID");
        date = h.require("POLECAT", "Event Date");
        type = h.require("POLECAT", "Event Type");
        mode = h.require("POLECAT", "Event Mode");
        intensity = h.find("Event Intensity", "Intensity");
        actorName = h.require("POLECAT", "Actor Name");
        actorCountry = h.require("POLECAT", "Actor Country");
        actorSector = h.find("Primary Actor Sector", "Actor Sectors");
        recipientName = h.require("POLECAT", "Recipient Name");
        recipientCountry = h.require("POLECAT", "Recipient Country");
        recipientSector = h.find("Primary Recipient Sector", "Recipient Sectors");
        source = h.find("Source");
    }

    /** The parser for a file whose header line is {@code header}. */
    public static PolecatEvents forHeader(String header) {
        return new PolecatEvents(header, new Header(Fields.tabs(header)));
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
            String eventId = Fields.required(f[id], Fields.column(id, "Event ID"));
            LocalDate day = Fields.date(f[date], Fields.column(date, "Event Date"));
            String ploverType = Fields.required(f[type], Fields.column(type, "Event Type"));
            Optional<String> ploverMode = Fields.optional(f[mode])
                    .map(m -> m.toLowerCase(Locale.ROOT))
                    .filter(m -> !m.equals("none"));
            CameoCode code = PloverCodes.cameo(ploverType, ploverMode)
                    .orElseThrow(() -> new Fields.BadField(Fields.column(type, "Event Type") + ": unknown PLOVER type '"
                            + ploverType + "' (e.g. CONSULT, AGREE, ASSAULT)"));
            double goldstein = intensity
                    .filter(i -> !f[i].isBlank())
                    .map(i -> Fields.number(f[i], Fields.column(i, "Intensity"), -10, 10))
                    .orElse(code.goldstein());
            List<ImportedActor> actors = actors(f, actorName, actorCountry, actorSector, "Actor Country");
            List<ImportedActor> recipients =
                    actors(f, recipientName, recipientCountry, recipientSector, "Recipient Country");
            String typeName = PloverCodes.type(ploverType);
            Optional<String> outlet = source.flatMap(s -> Fields.optional(f[s]));
            List<ImportedEvent> out = new ArrayList<>();
            boolean mediation = (typeName.equals("CONSULT") || typeName.equals("AGREE"))
                    && ploverMode.filter(MEDIATION_MODES::contains).isPresent()
                    && actors.size() == 1
                    && recipients.size() >= 2;
            if (mediation) {
                out.add(event(
                        eventId,
                        day,
                        recipients.get(0),
                        recipients.get(1),
                        Optional.of(actors.get(0)),
                        code,
                        typeName,
                        ploverMode,
                        goldstein,
                        outlet));
            } else {
                List<ImportedEvent> pairs = new ArrayList<>();
                for (ImportedActor a : actors) {
                    for (ImportedActor r : recipients) {
                        pairs.add(event(
                                eventId, day, a, r, Optional.empty(), code, typeName, ploverMode, goldstein, outlet));
                    }
                }
                if (pairs.size() == 1) {
                    out.addAll(pairs);
                } else {
                    for (int i = 0; i < pairs.size(); i++) {
                        ImportedEvent e = pairs.get(i);
                        out.add(new ImportedEvent(
                                e.format(),
                                eventId + "#" + (i + 1),
                                e.date(),
                                e.actor1(),
                                e.actor2(),
                                e.mediator(),
                                e.cameo(),
                                e.plover(),
                                e.ploverMode(),
                                e.quadClass(),
                                e.goldstein(),
                                e.sources(),
                                e.mentions(),
                                e.url(),
                                e.text()));
                    }
                }
            }
            return new ParsedLine.Parsed(line, out);
        } catch (Fields.BadField | IllegalArgumentException e) {
            return new ParsedLine.Bad(line, e.getMessage());
        }
    }

    private static ImportedEvent event(
            String eventId,
            LocalDate day,
            ImportedActor a1,
            ImportedActor a2,
            Optional<ImportedActor> mediator,
            CameoCode code,
            String typeName,
            Optional<String> ploverMode,
            double goldstein,
            Optional<String> outlet) {
        String what = typeName + ploverMode.map(m -> " (" + m + ")").orElse("");
        String text = mediator.map(m -> m.name() + " / " + what + " between / " + a1.name() + " and " + a2.name())
                        .orElse(a1.name() + " / " + what + " / " + a2.name())
                + outlet.map(o -> " (" + o + ")").orElse("");
        return new ImportedEvent(
                ImportFormat.POLECAT,
                eventId,
                day,
                a1,
                a2,
                mediator,
                code.code(),
                Optional.of(typeName),
                ploverMode.or(code::ploverMode),
                code.quadClass(),
                goldstein,
                1,
                1,
                Optional.empty(),
                text);
    }

    /** The actors of one side: names, countries and sectors split on ';' and taken by position. */
    private static List<ImportedActor> actors(
            String[] f, int names, int countries, Optional<Integer> sectors, String column) {
        String[] n = split(f[names]);
        String[] c = split(f[countries]);
        String[] s = sectors.map(i -> split(f[i])).orElse(new String[0]);
        int count = Math.max(n.length, c.length);
        List<ImportedActor> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = i < n.length ? n[i] : "";
            Optional<String> country =
                    i < c.length ? Fields.country(c[i], Fields.column(countries, column)) : Optional.empty();
            String sector = i < s.length ? s[i] : "";
            out.add(new ImportedActor(name.isEmpty() ? country.orElse("") : name, country, Optional.of(sector)));
        }
        return out;
    }

    private static String[] split(String cell) {
        String v = cell.strip();
        if (v.isEmpty()) {
            return new String[0];
        }
        String[] parts = v.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }
}
