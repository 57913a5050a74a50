package dev.crossroads.bench.events;

import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic GDELT 2.0 Events export for import throughput runs: rows of the codebook's 61 tab-separated
 * columns, made from a seeded {@link SplittableRandom}. Actors are states of a fixed list with their CAMEO actor
 * codes ({@code AZEGOV}); one row in ten has a second actor without a country (a group), as GDELT has many;
 * event codes are the three-digit codes of the CAMEO table with their quad class and Goldstein score; dates span
 * 2024 and 2025. Ids count up from {@link #FIRST_ID}, so files of different seeds overlap in ids.
 */
public final class GdeltGenerator {
    /** The first GLOBALEVENTID written. */
    public static final long FIRST_ID = 1_200_000_000L;

    private static final String[] STATES = {
        "AZE", "TUR", "SYR", "ISR", "IRN", "RUS", "GEO", "ARM", "QAT", "SAU", "JOR", "IRQ", "EGY", "FRA", "DEU",
        "USA", "GBR", "CHN", "UKR", "LBN", "ARE", "KAZ", "TKM", "PAK", "IND", "ITA", "GRC", "CYP", "OMN", "KWT"
    };
    private static final String[] TYPES = {"GOV", "MIL", "BUS", "MED", "OPP", "CVL"};
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private final List<CameoCode> codes;
    private final SplittableRandom random;
    private final StringBuilder row = new StringBuilder(512);

    public GdeltGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.codes = Cameo.standard().codes().values().stream()
                .filter(c -> c.code().length() == 3)
                .toList();
    }

    /** Writes {@code rows} rows, one per line, and returns how many. */
    public long write(Writer out, long rows) throws IOException {
        for (long i = 0; i < rows; i++) {
            out.write(row(FIRST_ID + i));
            out.write('\n');
        }
        return rows;
    }

    /** The next row, with this id. */
    public String row(long id) {
        String a1 = STATES[random.nextInt(STATES.length)];
        String a2 = STATES[random.nextInt(STATES.length)];
        while (a2.equals(a1)) {
            a2 = STATES[random.nextInt(STATES.length)];
        }
        boolean group = random.nextInt(10) == 0;
        String t1 = TYPES[random.nextInt(TYPES.length)];
        String t2 = TYPES[random.nextInt(TYPES.length)];
        CameoCode code = codes.get(random.nextInt(codes.size()));
        LocalDate day = START.plusDays(random.nextInt(731));
        String date =
                String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        int mentions = 1 + random.nextInt(40);
        int sources = 1 + random.nextInt(Math.min(mentions, 10));
        row.setLength(0);
        tab(id);
        tab(date);
        tab(date.substring(0, 6));
        tab(date.substring(0, 4));
        tab(String.format(Locale.ROOT, "%d.%04d", day.getYear(), day.getDayOfYear() * 10000 / 366));
        actor(a1 + t1, name(a1), a1, t1);
        if (group) {
            actor("REB", "REBEL GROUP", "", "");
        } else {
            actor(a2 + t2, name(a2), a2, t2);
        }
        tab(random.nextInt(2)); // IsRootEvent
        tab(code.code());
        tab(code.code());
        tab(code.root());
        tab(code.quadClass());
        tab(String.format(Locale.ROOT, "%.1f", code.goldstein()));
        tab(mentions);
        tab(sources);
        tab(mentions);
        tab(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 20 - 10)); // AvgTone
        for (int g = 0; g < 3; g++) { // Actor1Geo, Actor2Geo, ActionGeo: type, name, country, ADM1, ADM2, lat, long, id
            tab(4);
            tab("Baku, Baki, Azerbaijan");
            tab("AJ");
            tab("AJ09");
            tab("");
            tab("40.3953");
            tab("49.8822");
            tab("-2181815");
        }
        tab(date + "151500");
        row.append("https://news.example/").append(id);
        return row.toString();
    }

    private void actor(String code, String name, String country, String type) {
        tab(code);
        tab(name);
        tab(country);
        tab(""); // KnownGroupCode
        tab(""); // EthnicCode
        tab(""); // Religion1Code
        tab(""); // Religion2Code
        tab(type);
        tab("");
        tab("");
    }

    private static String name(String iso3) {
        return NAMES.getOrDefault(iso3, iso3);
    }

    private static final java.util.Map<String, String> NAMES = names();

    private static java.util.Map<String, String> names() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            out.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT));
        }
        return java.util.Map.copyOf(out);
    }

    private void tab(Object value) {
        row.append(value).append('\t');
    }
}
