/**
 * Parsers of the published event-data formats: GDELT 2.0 Events and Mentions, POLECAT (PLOVER-coded), ICEWS
 * and ACLED's CSV export. Each parser is a pure function: one text line (and its number) in, a
 * {@link dev.crossroads.relations.imports.ParsedLine} out, either the {@link
 * dev.crossroads.relations.imports.ImportedEvent}s it codes or a line-numbered error. No IO, no state: the
 * single-JVM importer (app) and the Spark job call the same functions.
 *
 * <p>Every event is coded in CAMEO and PLOVER through the module's CAMEO table ({@code lexicon/cameo.csv}):
 * CAMEO-coded formats (GDELT, ICEWS) get their PLOVER type from it, PLOVER-coded POLECAT gets its CAMEO code
 * from it, and ACLED's event types go through {@code imports/acled-cameo.csv}.
 */
package dev.crossroads.relations.imports;
