package dev.crossroads.relations.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as datasets write them (ICEWS's "Source Country", the state in ACLED's actor names) to ISO
 * 3166-1 alpha-3: the JDK's English names, the other names of the module's gazetteer ({@code states.csv}), and
 * a few long forms the datasets use. Case, accents and a leading "the" do not matter.
 */
final class CountryNames {
    private static final String STATES = "/dev/crossroads/relations/gazetteer/states.csv";
    private static final Map<String, String> NAMES = load();

    private CountryNames() {}

    /** The ISO-3 code of the country named {@code name}, if known. */
    static Optional<String> iso3(String name) {
        return Optional.ofNullable(NAMES.get(key(name)));
    }

    static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            names.put(key(l.getDisplayCountry(Locale.ENGLISH)), l.getISO3Country());
        }
        try (InputStream in = CountryNames.class.getResourceAsStream(STATES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STATES);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                for (String n : f[1].split(";")) {
                    if (!n.isBlank()) {
                        names.put(key(n), f[0].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // long forms used by ICEWS and ACLED
        names.put(key("Occupied Palestinian Territory"), "PSE");
        names.put(key("Iran, Islamic Republic of"), "IRN");
        names.put(key("Syrian Arab Republic"), "SYR");
        names.put(key("Korea, Republic of"), "KOR");
        names.put(key("Korea, Democratic People's Republic of"), "PRK");
        names.put(key("North Korea"), "PRK");
        names.put(key("Moldova, Republic of"), "MDA");
        names.put(key("Republic of Azerbaijan"), "AZE");
        return Map.copyOf(names);
    }
}
