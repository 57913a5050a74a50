package dev.crossroads.relations.imports;

import dev.crossroads.relations.RelationsException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The event-data formats that can be imported, by their command-line name. */
public enum ImportFormat {
    /** GDELT 2.0 Events export (61 tab-separated columns, no header) and its Mentions table (16 columns). */
    GDELT,
    /** POLECAT weekly files: PLOVER-coded, tab-separated with a header. */
    POLECAT,
    /** ICEWS coded event data (Dataverse {@code .tab} files): CAMEO-coded, tab-separated with a header. */
    ICEWS,
    /** ACLED's CSV export: comma-separated with a header, quoted fields. */
    ACLED;

    /** The lower-case name used on the command line, in the store and in event ids. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} (any case), or an error listing the known ones. */
    public static ImportFormat of(String name) {
        for (ImportFormat f : values()) {
            if (f.id().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new RelationsException("unknown import format '" + name + "': use one of "
                + Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", ")));
    }
}
