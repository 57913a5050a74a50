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

    /** The header and rows of the POLECAT, ICEWS and ACLED test files (written from each codebook), as templates. */
    private static final List<String> POLECAT = List.of(
            "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\tContexts\tActor Name\tActor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\tPublication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion",
            "20250712-0001\t2025-07-12\tCONSULT\tthird-party\t4\t\t\tAzerbaijan\tAZE\t\tGOV\t\t\t\t\tTurkey;Israel\tTUR;ISR\t\tGOV;GOV\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tExample Wire\t2025-07-12\t\t\t\ten\t1.0",
            "20250712-0002\t2025-07-12\tCONSULT\tvisit\t2\t\t\tAhmed al-Sharaa\tSYR\t\tGOV\t\t\t\t\tAzerbaijan\tAZE\t\tGOV\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tExample Wire\t2025-07-12\t\t\t\ten\t1.0",
            "20250713-0003\t2025-07-13\tREQUEST\t\t\t\t\tIsrael;Turkey\tISR;TUR\t\tGOV;GOV\t\t\t\t\tSyria\tSYR\t\tGOV\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tExample Daily\t2025-07-13\t\t\t\ten\t1.0");

    private static final List<String> ICEWS = List.of(
            "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude",
            "30001\t2025-07-12\tIlham Aliyev\tExecutive,Government\tAzerbaijan\tHost a visit\t43\t2.8\tAhmed al-Sharaa\tExecutive,Government\tSyria\t9001\t2\tExample Wire\tBaku\t\tBaki\tAzerbaijan\t40.4\t49.9",
            "30002\t2025-07-12\tAzerbaijan\tGovernment\tAzerbaijan\tMediate\t45\t5.0\tIsrael\tGovernment\tIsrael\t9001\t5\tExample Wire\tBaku\t\tBaki\tAzerbaijan\t40.4\t49.9",
            "30003\t2025-07-13\tRecep Tayyip Erdogan\tExecutive\tTurkey\tMake optimistic comment\t13\t0.4\tCitizen (Syria)\t\t\t9002\t1\tExample Daily\t\t\t\tSyria\t\t");

    private static final List<String> ACLED = List.of(
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp",
            "SYR90001,2025-07-10,2025,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Israel (2022-),,8,Military Forces of Syria (2024-),,1,18,,760,Middle East,Syria,Damascus,Damascus,,Damascus,33.5,36.3,1,\"Example Wire; Example Daily\",National-International,\"On 10 July 2025, Israeli aircraft struck a position near Damascus, \"\"as reported\"\".\",0,,1752300000",
            "SYR90002,12 July 2025,2025,1,Demonstrations,Protests,Peaceful protest,Protesters (Syria),,Protesters,,,,60,,760,Middle East,Syria,Aleppo,Aleppo,,Aleppo,36.2,37.1,1,Example Daily,National,Protesters gathered in Aleppo.,0,crowd size=no report,1752300000");

    private static final List<String> EVENT_STATES = List.of("AZE", "SYR", "TUR", "ISR");
    private static final List<String> EVENT_STATE_NAMES = List.of("Azerbaijan", "Syria", "Turkey", "Israel");

    /**
     * Writes a {@code format} file of {@code rows} data rows ({@code polecat}, {@code icews}, {@code acled} or
     * {@code gdelt-mentions}): the test files' rows as templates, each with its own id, a day of 2015-2025 and
     * its states drawn from four; a header first where the format has one.
     */
    static void events(String format, Path file, long rows, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2015, 2, 18);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> template = switch (format) {
                case "polecat" -> POLECAT;
                case "icews" -> ICEWS;
                case "acled" -> ACLED;
                case "gdelt-mentions" -> List.of("");
                default -> throw new IllegalArgumentException("no generator for " + format);
            };
            if (!format.equals("gdelt-mentions")) {
                w.write(template.get(0));
                w.write('\n');
            }
            for (long i = 0; i < rows; i++) {
                LocalDate d = start.plusDays(rnd.nextInt(3900));
                int s1 = rnd.nextInt(4);
                int s2 = (s1 + 1 + rnd.nextInt(3)) % 4;
                String line;
                if (format.equals("gdelt-mentions")) {
                    String t = String.format(
                            Locale.ROOT, "%04d%02d%02d120000", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                    line = (900_000_000L + rnd.nextInt(1_000_000)) + "\t" + t + "\t" + t + "\t1\tsource"
                            + rnd.nextInt(500)
                            + ".example\thttps://source.example/" + i + "\t2\t10\t40\t25\t1\t" + (10 + rnd.nextInt(91))
                            + "\t3000\t1.2\t\t";
                } else {
                    String[] f = template.get(1 + rnd.nextInt(template.size() - 1))
                            .split(format.equals("acled") ? "," : "\t", -1);
                    switch (format) {
                        case "polecat" -> {
                            f[0] = "G" + i;
                            f[1] = d.toString();
                            if (!f[16].contains(";")) {
                                f[8] = EVENT_STATES.get(s1);
                                f[16] = EVENT_STATES.get(s2);
                            }
                        }
                        case "icews" -> {
                            f[0] = "" + (100_000 + i);
                            f[1] = d.toString();
                            f[4] = EVENT_STATE_NAMES.get(s1);
                            if (!f[10].isEmpty()) {
                                f[10] = EVENT_STATE_NAMES.get(s2);
                            }
                        }
                        default -> { // acled: the notes hold commas inside quotes, so only the leading fields change
                            f[0] = "GEN" + i;
                            f[1] = d.toString();
                            f[2] = "" + d.getYear();
                        }
                    }
                    line = String.join(format.equals("acled") ? "," : "\t", f);
                }
                w.write(line);
                w.write('\n');
            }
        }
    }
}
