package dev.crossroads.relations.extract;

import dev.crossroads.core.pack.CsvReader;
import dev.crossroads.relations.RelationsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV tables shipped with this module (the CAMEO lexicon, the gazetteer), read through core's {@link CsvReader}:
 * lines starting with {@code #} are comments, the first record is the header, every other record must have
 * the given number of cells. A broken table fails with its resource name and line.
 */
final class ResourceTable {
    private ResourceTable() {}

    /** The rows (header left out) of the resource at {@code name}, each with exactly {@code columns} cells. */
    static List<Row> read(String name, int columns) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new RelationsException("missing resource " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read}, on the text of a table. */
    static List<Row> parse(String name, String text, int columns) {
        CsvReader.Result result = CsvReader.parseSkippingComments(text);
        if (!result.errors().isEmpty()) {
            CsvReader.SyntaxError e = result.errors().get(0);
            throw new RelationsException(name + ":" + e.line() + ":" + e.column() + ": " + e.message());
        }
        List<CsvReader.Record> records = result.records();
        for (CsvReader.Record r : records) {
            if (r.cells().size() != columns) {
                throw new RelationsException(name + ":" + r.line() + ": expected " + columns + " fields, got "
                        + r.cells().size());
            }
        }
        return records.stream()
                .skip(1)
                .map(r -> new Row(r.line(), r.cells().toArray(String[]::new)))
                .toList();
    }

    /** One row: its line in the resource and its cells as written. */
    record Row(int line, String[] cells) {}
}
