package dev.crossroads.app.service;

import dev.crossroads.relations.imports.EventLines;
import dev.crossroads.relations.imports.GdeltMentions;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportFormat;
import dev.crossroads.relations.imports.ImportedEvent;
import dev.crossroads.relations.imports.ParsedLine;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.ImportResult;
import dev.crossroads.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/**
 * What {@code crossroads import FORMAT FILE...} does: reads event files of a published format (GDELT 2.0 Events
 * and Mentions, POLECAT, ICEWS, ACLED; plain, {@code .gz} or {@code .zip}) with the parsers of
 * {@code dev.crossroads.relations.imports}, keeps the events between two states that pass the filter, and stores
 * each file in ONE transaction.
 *
 * <p>Idempotent: an event's id is its dataset and the dataset's own id for the row, so a re-run adds nothing.
 * Bad rows: by default one bad row fails its file, and nothing of that file is stored (every bad row is reported
 * with its line, so the file can be fixed and re-run); with {@code skipBad} the good rows are stored and the bad
 * ones reported. Either way no file is ever half-loaded by a failure: a database error rolls the whole file back.
 * A GDELT Mentions file (16 columns) adds one report per mention to events already stored; Events files are
 * loaded before Mentions files.
 */
public final class EventImport {
    /** How many bad rows of one file are kept with their message (all are counted). */
    public static final int BAD_ROWS_KEPT = 100;

    /**
     * What one file gave.
     *
     * @param file the file
     * @param kind {@code events} or {@code mentions}
     * @param loaded whether its rows were stored (false when a bad row failed it)
     * @param rows data rows read (blank lines and the header not counted)
     * @param added events stored
     * @param duplicates events already stored (a re-run)
     * @param filtered events not between two states, or outside the dates or actors asked for
     * @param reports mentions stored
     * @param reportsSkipped mentions whose event is not stored, or already stored
     * @param badRows how many rows were bad
     * @param bad the first {@link #BAD_ROWS_KEPT} bad rows: {@code line N: what is wrong}
     */
    public record FileOutcome(
            String file,
            String kind,
            boolean loaded,
            long rows,
            long added,
            long duplicates,
            long filtered,
            long reports,
            long reportsSkipped,
            long badRows,
            List<String> bad) {
        public FileOutcome {
            bad = List.copyOf(bad);
        }
    }

    /** Every file's outcome, in the order they were loaded. */
    public record Outcome(ImportFormat format, List<FileOutcome> files) {
        public Outcome {
            files = List.copyOf(files);
        }

        /** Whether every file was stored with no bad row. */
        public boolean clean() {
            return files.stream().allMatch(f -> f.loaded() && f.badRows() == 0);
        }
    }

    private final Store store;
    private final ImportFormat format;
    private final ImportFilter filter;
    private final boolean skipBad;

    public EventImport(Store store, ImportFormat format, ImportFilter filter, boolean skipBad) {
        this.store = Objects.requireNonNull(store, "store");
        this.format = Objects.requireNonNull(format, "format");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.skipBad = skipBad;
    }

    /** Imports {@code files}, each in its own transaction; {@code progress} hears each file's outcome. */
    public Outcome run(List<Path> files, java.util.function.Consumer<FileOutcome> progress) {
        List<Path> events = new ArrayList<>();
        List<Path> mentions = new ArrayList<>();
        for (Path f : files) {
            if (format == ImportFormat.GDELT && isMentions(f)) {
                mentions.add(f);
            } else {
                events.add(f);
            }
        }
        List<FileOutcome> out = new ArrayList<>();
        for (Path f : events) {
            FileOutcome o = events(f);
            out.add(o);
            progress.accept(o);
        }
        for (Path f : mentions) {
            FileOutcome o = mentions(f);
            out.add(o);
            progress.accept(o);
        }
        return new Outcome(format, out);
    }

    /** Thrown inside a file's transaction when a bad row fails it: the transaction rolls back. */
    private static final class FileRefused extends RuntimeException {
        final Counts counts;

        FileRefused(Counts counts) {
            super("bad rows", null, false, false);
            this.counts = counts;
        }
    }

    private static final class Counts {
        long rows;
        long filtered;
        long badRows;
        final List<String> bad = new ArrayList<>();

        void bad(String message) {
            badRows++;
            if (bad.size() < BAD_ROWS_KEPT) {
                bad.add(message);
            }
        }
    }

    private FileOutcome events(Path file) {
        Counts n = new Counts();
        try {
            ImportResult r = store.events().importEvents("importing " + file, sink -> {
                try (BufferedReader in = open(file)) {
                    String line;
                    int no = 0;
                    EventLines parser = null;
                    while ((line = in.readLine()) != null) {
                        no++;
                        if (line.isBlank()) {
                            continue;
                        }
                        if (parser == null) {

                            try {
                                parser = EventLines.of(format, line);
                            } catch (IllegalArgumentException e) {
                                throw ServiceException.input(file + ": line " + no + ": " + e.getMessage());
                            }
                            if (EventLines.hasHeader(format)) {
                                continue;
                            }
                        }
                        n.rows++;
                        ParsedLine p = parser.parse(line, no);
                        if (p instanceof ParsedLine.Bad b) {
                            n.bad(b.toString());
                            continue;
                        }
                        for (ImportedEvent e : ((ParsedLine.Parsed) p).events()) {
                            if (!filter.accepts(e)) {
                                n.filtered++;
                            } else if (n.badRows == 0 || skipBad) {
                                sink.add(EventMapping.imported(e));
                            }
                        }
                    }
                }
                if (n.badRows > 0 && !skipBad) {
                    throw new FileRefused(n);
                }
            });
            return new FileOutcome(
                    file.toString(),
                    "events",
                    true,
                    n.rows,
                    r.added(),
                    r.duplicates(),
                    n.filtered,
                    0,
                    0,
                    n.badRows,
                    n.bad);
        } catch (FileRefused refused) {
            return new FileOutcome(file.toString(), "events", false, n.rows, 0, 0, n.filtered, 0, 0, n.badRows, n.bad);
        } catch (EventRepository.ImportFailed e) {
            throw unreadable(file, e.getCause());
        }
    }

    private FileOutcome mentions(Path file) {
        Counts n = new Counts();
        try {
            ImportResult r = store.events().importEvents("importing mentions " + file, sink -> {
                try (BufferedReader in = open(file)) {
                    String line;
                    int no = 0;
                    while ((line = in.readLine()) != null) {
                        no++;
                        if (line.isBlank()) {
                            continue;
                        }
                        n.rows++;
                        GdeltMentions.Line p = GdeltMentions.parse(line, no);
                        if (p instanceof GdeltMentions.Bad b) {
                            n.bad(b.toString());
                        } else if (n.badRows == 0 || skipBad) {
                            sink.addReport(EventMapping.mention(((GdeltMentions.Parsed) p).mention()));
                        }
                    }
                }
                if (n.badRows > 0 && !skipBad) {
                    throw new FileRefused(n);
                }
            });
            return new FileOutcome(
                    file.toString(),
                    "mentions",
                    true,
                    n.rows,
                    0,
                    0,
                    0,
                    r.reports(),
                    r.reportsSkipped(),
                    n.badRows,
                    n.bad);
        } catch (FileRefused refused) {
            return new FileOutcome(file.toString(), "mentions", false, n.rows, 0, 0, 0, 0, 0, n.badRows, n.bad);
        } catch (EventRepository.ImportFailed e) {
            throw unreadable(file, e.getCause());
        }
    }

    private static ServiceException unreadable(Path file, Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return ServiceException.notFound("no file " + file + ": check the path");
        }
        return ServiceException.input("cannot read " + file + ": " + cause.getMessage());
    }

    private static boolean isMentions(Path file) {
        try (BufferedReader in = open(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    return GdeltMentions.looksLikeMentions(line);
                }
            }
            return false;
        } catch (NoSuchFileException e) {
            throw ServiceException.notFound("no file " + file + ": check the path");
        } catch (IOException e) {
            throw ServiceException.input("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The file's text as UTF-8 lines; {@code .gz} is gunzipped and a {@code .zip}'s first entry read. */
    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            } else if (name.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(in);
                if (zip.getNextEntry() == null) {
                    zip.close();
                    throw new IOException("the zip file is empty");
                }
                in = zip;
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
