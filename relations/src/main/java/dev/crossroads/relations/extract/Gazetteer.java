package dev.crossroads.relations.extract;

import dev.crossroads.core.model.Actor;
import dev.crossroads.core.model.Country;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names that identify actors: every state the JDK knows (ISO 3166 alpha-3 code and English name), the
 * module's {@code gazetteer/states.csv} (other names, demonyms, capitals used for governments),
 * {@code gazetteer/entities.csv} (organisations, armed groups, well-known office holders),
 * {@code gazetteer/places.csv} (regions and cities, each standing for its state),
 * {@code gazetteer/sectors.csv} (words for parts of a state, some naming a pack role), and a region pack's
 * countries and actors (leaders and bodies, resolved by tenure at the article's date).
 */
public final class Gazetteer {
    private static final String BASE = "/dev/crossroads/relations/gazetteer/";
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG");
    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    enum Kind {
        STATE,
        DEMONYM,
        CAPITAL,
        ENTITY,
        /** A region or city inside a state ({@code gazetteer/places.csv}): it stands for that state. */
        PLACE,
        PERSON,
        SECTOR
    }

    /** A name and what it stands for. {@code exactCase}: short all-capital names ("US") must match exactly. */
    record Entry(
            Kind kind,
            String code,
            Optional<String> sector,
            Optional<String> role,
            Optional<Actor> actor,
            String surface,
            boolean exactCase) {}

    private final Map<String, List<Entry>> entries = new HashMap<>();
    private final List<Actor> actors = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private int maxTokens = 1;
    /** For each first word of a name (lower case), the most tokens of a name starting with it. */
    private final Map<String, Integer> maxTokensByFirstWord = new HashMap<>();

    private final Nlp nlp;

    private Gazetteer(Nlp nlp) {
        this.nlp = nlp;
    }

    static boolean isStateCode(String code) {
        return !NON_STATE.contains(code);
    }

    /** The standard gazetteer, plus the pack's countries and actors when a pack is given. */
    static Gazetteer build(Nlp nlp, Optional<RegionPack> pack) {
        Gazetteer g = new Gazetteer(nlp);
        // places first: a state's own name, demonym or capital read the same way wins over a place's
        g.addPlaces(ResourceTable.read(BASE + "places.csv", 2), BASE + "places.csv");
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            String iso3;
            try {
                iso3 = l.getISO3Country();
            } catch (java.util.MissingResourceException e) {
                continue;
            }
            if (!ALPHA3.contains(iso3)) {
                continue;
            }
            String name = l.getDisplayCountry(Locale.ENGLISH);
            g.names.put(iso3, name);
            g.add(name, new Entry(Kind.STATE, iso3, Optional.empty(), Optional.empty(), Optional.empty(), name, false));
        }
        for (String[] row : csv("states.csv", 4)) {
            String iso3 = row[0];
            for (String n : split(row[1])) {
                g.add(
                        n,
                        new Entry(Kind.STATE, iso3, Optional.empty(), Optional.empty(), Optional.empty(), n, exact(n)));
            }
            for (String n : split(row[2])) {
                g.add(
                        n,
                        new Entry(
                                Kind.DEMONYM, iso3, Optional.empty(), Optional.empty(), Optional.empty(), n, exact(n)));
            }
            for (String n : split(row[3])) {
                g.add(
                        n,
                        new Entry(
                                Kind.CAPITAL, iso3, Optional.of("GOV"), Optional.empty(), Optional.empty(), n, false));
            }
            g.names.putIfAbsent(iso3, split(row[1]).get(0));
        }
        for (String[] row : csv("entities.csv", 3)) {
            g.add(
                    row[0],
                    new Entry(
                            Kind.ENTITY,
                            row[1],
                            opt(row[2]),
                            Optional.empty(),
                            Optional.empty(),
                            row[0],
                            exact(row[0])));
        }
        for (String[] row : csv("sectors.csv", 3)) {
            g.add(row[0], new Entry(Kind.SECTOR, "", opt(row[1]), opt(row[2]), Optional.empty(), row[0], false));
        }
        pack.ifPresent(p -> {
            for (Country c : p.countries()) {
                g.names.put(c.iso3(), c.name());
                g.add(
                        c.name(),
                        new Entry(
                                Kind.STATE,
                                c.iso3(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                c.name(),
                                false));
                c.aliases()
                        .forEach(a -> g.add(
                                a,
                                new Entry(
                                        Kind.STATE,
                                        c.iso3(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        a,
                                        exact(a))));
                c.demonyms()
                        .forEach(a -> g.add(
                                a,
                                new Entry(
                                        Kind.DEMONYM,
                                        c.iso3(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        a,
                                        exact(a))));
                if (!c.capital().isBlank()) {
                    g.add(
                            c.capital(),
                            new Entry(
                                    Kind.CAPITAL,
                                    c.iso3(),
                                    Optional.of("GOV"),
                                    Optional.empty(),
                                    Optional.empty(),
                                    c.capital(),
                                    false));
                }
            }
            for (Actor a : p.actors()) {
                g.actors.add(a);
                String sector = switch (a.role()) {
                    case "company" -> "BUS";
                    case "fund" -> "GOV";
                    case "organisation" -> "";
                    default -> "GOV";
                };
                List<String> forms = new ArrayList<>(a.aliases());
                forms.add(a.name());
                if (a.kind() == dev.crossroads.core.model.ActorKind.PERSON) {
                    String[] parts = a.name().split("\\s+");
                    if (parts.length > 1) {
                        forms.add(parts[parts.length - 1]);
                    }
                }
                for (String f : forms) {
                    g.add(
                            f,
                            new Entry(
                                    Kind.PERSON,
                                    a.country(),
                                    opt(sector),
                                    Optional.of(a.role()),
                                    Optional.of(a),
                                    f,
                                    exact(f)));
                }
            }
        });
        return g;
    }

    /**
     * Places from a table of {@code name,iso3} rows (see {@code places.csv}); a code that is not an ISO 3166
     * alpha-3 code fails with the table and line.
     */
    void addPlaces(List<ResourceTable.Row> rows, String table) {
        for (ResourceTable.Row row : rows) {
            String name = row.cells()[0].strip();
            String iso3 = row.cells()[1].strip();
            if (name.isEmpty()) {
                throw new RelationsException(
                        table + ":" + row.line() + ": the place has no name; write it or remove the row");
            }
            if (!ALPHA3.contains(iso3)) {
                throw new RelationsException(table + ":" + row.line() + ": '" + iso3
                        + "' is not an ISO 3166 alpha-3 code; write the code of the state " + name + " belongs to");
            }
            add(name, new Entry(Kind.PLACE, iso3, Optional.empty(), Optional.empty(), Optional.empty(), name, false));
        }
    }

    private static boolean exact(String n) {
        String letters = n.replaceAll("[^\\p{L}]", "");
        return letters.length() <= 4 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private void add(String name, Entry e) {
        String[] words = nlp.words(name);
        if (words.length == 0) {
            return;
        }
        String key = key(words, 0, words.length);
        List<Entry> list = entries.computeIfAbsent(key, k -> new ArrayList<>());
        // later sources (the pack) take precedence over earlier ones for the same kind of name
        list.removeIf(x -> x.kind == e.kind && x.code.equals(e.code) && x.actor.equals(e.actor));
        list.add(0, e);
        maxTokens = Math.max(maxTokens, words.length);
        maxTokensByFirstWord.merge(words[0].toLowerCase(Locale.ROOT), words.length, Math::max);
    }

    static String key(String[] words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words[i].toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    int maxTokens() {
        return maxTokens;
    }

    /** The most tokens of a name whose first token is {@code firstWord} (lower case); 0 when none starts so. */
    int maxTokens(String firstWord) {
        return maxTokensByFirstWord.getOrDefault(firstWord, 0);
    }

    List<Entry> lookup(String key) {
        return entries.getOrDefault(key, List.of());
    }

    /** The holder of a pack role in a state at a date ("the Syrian president" in 2023 and in 2025). */
    Optional<Actor> holder(String iso3, String role, LocalDate date) {
        return actors.stream()
                .filter(a -> a.country().equals(iso3) && a.role().equals(role) && a.inOffice(date))
                .findFirst();
    }

    /** English name of a state code, or the code itself. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    private static List<String[]> csv(String file, int columns) {
        return ResourceTable.read(BASE + file, columns).stream()
                .map(ResourceTable.Row::cells)
                .toList();
    }
}
