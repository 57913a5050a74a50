package dev.crossroads.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generators of benchmark inputs: a corpus of news-like articles (JSON lines) whose sentences name the
 * states, capitals and leaders the extractor knows, and GDELT 2.0 Events exports (61 tab-separated columns) with
 * state and non-state actors, every CAMEO family and a spread of dates. The same seed gives the same bytes.
 * Nothing here is data about the world: the rows are made up to have the shape of the real ones.
 */
final class Generators {
    private Generators() {}

    private static final List<String[]> STATES = List.of(
            new String[] {"Azerbaijan", "Azerbaijani", "Baku"},
            new String[] {"Syria", "Syrian", "Damascus"},
            new String[] {"Turkey", "Turkish", "Ankara"},
            new String[] {"Israel", "Israeli", "Jerusalem"},
            new String[] {"Russia", "Russian", "Moscow"},
            new String[] {"Iran", "Iranian", "Tehran"},
            new String[] {"Georgia", "Georgian", "Tbilisi"},
            new String[] {"Armenia", "Armenian", "Yerevan"},
            new String[] {"Jordan", "Jordanian", "Amman"},
            new String[] {"Iraq", "Iraqi", "Baghdad"},
            new String[] {"Lebanon", "Lebanese", "Beirut"},
            new String[] {"Egypt", "Egyptian", "Cairo"},
            new String[] {"Saudi Arabia", "Saudi", "Riyadh"},
            new String[] {"Qatar", "Qatari", "Doha"},
            new String[] {"France", "French", "Paris"},
            new String[] {"Germany", "German", "Berlin"});

    private static final List<String> TEMPLATES = List.of(
            "The %2$s foreign minister met his %4$s counterpart in %5$s on Tuesday.",
            "%1$s signed an agreement with %3$s on gas transit.",
            "%5$s condemned the strikes carried out by %3$s near the border.",
            "Officials in %6$s said %1$s would send humanitarian aid to %3$s.",
            "%1$s hosted talks between %3$s and %7$s in its capital.",
            "The %2$s president visited %3$s and discussed reconstruction.",
            "%3$s accused %1$s of violating the ceasefire.",
            "Negotiators from %1$s and %3$s agreed to resume dialogue.",
            "%1$s did not attend the summit hosted by %3$s.",
            "Markets were calm and trading volumes stayed low during the holiday.",
            "%1$s expelled two %4$s diplomats after the incident.",
            "The %2$s army shelled positions held by %3$s forces.");

    /** Writes {@code articles} articles of {@code sentences} sentences each; returns the sentences written. */
    static long corpus(Path file, int articles, int sentences, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        long written = 0;
        LocalDate start = LocalDate.of(2024, 12, 8);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int a = 0; a < articles; a++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < sentences; s++) {
                    String[] x = STATES.get(rnd.nextInt(STATES.size()));
                    String[] y = STATES.get(rnd.nextInt(STATES.size()));
                    String[] z = STATES.get(rnd.nextInt(STATES.size()));
                    if (s > 0) {
                        text.append(' ');
                    }
                    text.append(String.format(
                            Locale.ROOT,
                            TEMPLATES.get(rnd.nextInt(TEMPLATES.size())),
                            x[0],
                            x[1],
                            y[0],
                            y[1],
                            y[2],
                            x[2],
                            z[0]));
                    written++;
                }
                LocalDate date = start.plusDays(rnd.nextInt(360));
                w.write("{\"url\": \"https://example.org/generated/" + a + "\", \"published\": \"" + date
                        + "\", \"source\": \"generated\", \"title\": \"Generated article " + a + "\", \"text\": \""
                        + text + "\"}\n");
            }
        }
        return written;
    }

    private static final String[] ISO3 = {
        "AZE", "SYR", "TUR", "ISR", "RUS", "IRN", "GEO", "ARM", "JOR", "IRQ", "LBN", "EGY", "SAU", "QAT", "FRA", "DEU",
        "USA", "CHN", "UKR", "GBR"
    };
    private static final String[] TYPES = {"GOV", "MIL", "BUS", "MED", "CVL", "REB", "OPP", ""};
    private static final String[] CODES = {
        "010", "012", "020", "036", "040", "042", "043", "045", "051", "057", "061", "071", "073", "0874", "111", "112",
        "120", "130", "138", "141", "160", "172", "173", "181", "190", "193", "195"
    };

    /** Writes {@code rows} GDELT 2.0 Events rows (about 30% without a state on one side). */
    static void gdelt(Path file, long rows, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2015, 2, 18);
        int days = 3900;
        StringBuilder b = new StringBuilder(1024);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < rows; i++) {
                b.setLength(0);
                LocalDate d = start.plusDays(rnd.nextInt(days));
                String ymd =
                        String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                String code = CODES[rnd.nextInt(CODES.length)];
                int root = Integer.parseInt(code.substring(0, 2));
                int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
                double goldstein = switch (quad) {
                    case 1 -> 1 + rnd.nextInt(60) / 10.0;
                    case 2 -> 4 + rnd.nextInt(50) / 10.0;
                    case 3 -> -1 - rnd.nextInt(60) / 10.0;
                    default -> -5 - rnd.nextInt(50) / 10.0;
                };
                b.append(900_000_000L + i).append('\t').append(ymd).append('\t');
                b.append(ymd, 0, 6).append('\t').append(d.getYear()).append('\t');
                b.append(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0))
                        .append('\t');
                actor(b, rnd);
                actor(b, rnd);
                int mentions = 1 + rnd.nextInt(20);
                b.append(rnd.nextInt(2)).append('\t'); // IsRootEvent
                b.append(code)
                        .append('\t')
                        .append(code, 0, 3)
                        .append('\t')
                        .append(code, 0, 2)
                        .append('\t');
                b.append(quad).append('\t').append(goldstein).append('\t');
                b.append(mentions)
                        .append('\t')
                        .append(1 + rnd.nextInt(mentions))
                        .append('\t')
                        .append(mentions)
                        .append('\t');
                b.append(String.format(Locale.ROOT, "%.6f", rnd.nextDouble() * 20 - 10))
                        .append('\t');
                for (int g = 0; g < 3; g++) {
                    b.append("1\tSomewhere\tXX\tXX00\t\t0.0\t0.0\t0\t");
                }
                b.append(ymd).append("120000\t");
                b.append("https://example.org/gdelt/").append(i);
                b.append('\n');
                w.write(b.toString());
            }
        }
    }

    private static void actor(StringBuilder b, SplittableRandom rnd) {
        boolean state = rnd.nextInt(10) >= 3;
        String country = state ? ISO3[rnd.nextInt(ISO3.length)] : "";
        String type = TYPES[rnd.nextInt(TYPES.length)];
        b.append(country).append(type).append('\t'); // Actor?Code
        b.append(state ? country + " " + type : "CROWD").append('\t'); // Actor?Name
        b.append(country).append('\t'); // Actor?CountryCode
        b.append("\t\t\t\t"); // KnownGroup, EthnicCode, Religion1, Religion2
        b.append(type).append("\t\t\t"); // Type1, Type2, Type3
    }
}
