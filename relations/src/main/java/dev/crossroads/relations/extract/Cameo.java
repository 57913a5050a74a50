package dev.crossroads.relations.extract;

import dev.crossroads.relations.RelationsException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO table of the module ({@code lexicon/cameo.csv}): code to name, Goldstein score, quad class, PLOVER. */
public final class Cameo {
    static final String RESOURCE = "/dev/crossroads/relations/lexicon/cameo.csv";
    private static volatile Cameo standard;
    private final Map<String, CameoCode> codes;

    private Cameo(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The table shipped with the module. */
    public static Cameo standard() {
        Cameo c = standard;
        if (c == null) {
            synchronized (Cameo.class) {
                if (standard == null) {
                    standard = load(RESOURCE);
                }
                c = standard;
            }
        }
        return c;
    }

    static Cameo load(String name) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.read(name, 6)) {
            String[] f = row.cells();
            try {
                CameoCode c = new CameoCode(
                        f[0].strip(),
                        f[1].strip(),
                        Double.parseDouble(f[2].strip()),
                        Integer.parseInt(f[3].strip()),
                        Optional.of(f[4].strip()),
                        Optional.of(f[5].strip()));
                if (codes.put(c.code(), c) != null) {
                    throw new RelationsException("code " + c.code() + " listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new RelationsException(name + ":" + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new Cameo(codes);
    }

    /** The code itself, else its nearest listed parent ({@code 0311} to {@code 031} to {@code 03}). */
    public Optional<CameoCode> find(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoCode found = codes.get(c);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** As {@link #find}, failing with a message when neither the code nor a parent is listed. */
    public CameoCode require(String code) {
        return find(code)
                .orElseThrow(() ->
                        new RelationsException("unknown CAMEO code " + code + ": add it (or its root) to " + RESOURCE));
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Map<String, CameoCode> codes() {
        return codes;
    }
}
