package dev.crossroads.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Articles and the events read from them or curated in packs. Get one from {@link Store#events()}. */
public final class EventRepository {
    private static final String EVENT_COLUMNS =
            "id, article_id, pack_id, event_date, actor1, actor2, mediator, cameo, plover, quad_class,"
                    + " goldstein, mode, weight, sentence, sentence_index, actor1_start, actor1_end,"
                    + " actor2_start, actor2_end, verb_start, verb_end, origin, dataset, source_id, source_url,"
                    + " actor1_role, actor2_role, mediator_role, num_sources, num_mentions, plover_mode,"
                    + " happening_id, main";
    private static final String INSERT_EVENT = "INSERT INTO events ("
            + EVENT_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_IMPORTED = INSERT_EVENT + " ON CONFLICT DO NOTHING";
    private static final String INSERT_HAPPENING =
            "INSERT INTO happenings (id, event_date, party_a, party_b, mediator, family)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_REPORT =
            "INSERT INTO event_reports (event_id, url, source, report_date, confidence)"
                    + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM events WHERE id = ?)"
                    + " ON CONFLICT DO NOTHING";
    private static final int IMPORT_BATCH = 1_000;
    private static final String INSERT_ARTICLE =
            "INSERT INTO articles (id, url, source, title, published, text, ingested_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";

    private final Db db;

    EventRepository(Db db) {
        this.db = db;
    }

    /**
     * Stores a batch of articles with their events in ONE transaction. An article whose id is already
     * stored (or that came earlier in the batch) is skipped with its events and counted as a
     * duplicate, so ingesting the same batch twice adds nothing the second time. If anything fails,
     * nothing of the batch is stored.
     *
     * @throws StoreException if the batch violates a constraint (e.g. an event id that is already
     *     used, or an unknown pack id); then no row of the batch was written
     */
    public IngestResult ingest(List<ArticleWithEvents> batch) {
        // Insert in article id order: concurrent batches then take row locks in the same order and
        // cannot deadlock on PostgreSQL. The outcome does not depend on the order.
        List<ArticleWithEvents> items = new ArrayList<>(batch);
        items.sort(Comparator.comparing(item -> item.article().id()));
        return db.write("ingesting a batch of " + items.size() + " articles", c -> {
            int added = 0;
            int duplicates = 0;
            int events = 0;
            try (PreparedStatement article = c.prepareStatement(INSERT_ARTICLE);
                    PreparedStatement happening = c.prepareStatement(INSERT_HAPPENING);
                    PreparedStatement event = c.prepareStatement(INSERT_EVENT)) {
                for (ArticleWithEvents item : items) {
                    if (insertArticle(article, item.article()) == 0) {
                        duplicates++;
                        continue;
                    }
                    added++;
                    for (EventRecord e : item.events()) {
                        bindHappening(happening, e);
                        bind(event, e);
                        event.addBatch();
                        events++;
                    }
                }
                if (events > 0) {
                    happening.executeBatch();
                    event.executeBatch();
                }
            }
            return new IngestResult(added, duplicates, events);
        });
    }

    /**
     * Replaces the curated events of a stored pack with {@code events}, in one transaction.
     *
     * @throws IllegalArgumentException if an event is not curated or belongs to another pack
     * @throws StoreException if the pack is not stored or an event id is already used
     */
    public void saveCuratedEvents(String packId, List<EventRecord> events) {
        List<EventRecord> copy = List.copyOf(events);
        for (EventRecord e : copy) {
            if (e.origin() != EventRecord.Origin.CURATED || !e.packId().equals(Optional.of(packId))) {
                throw new IllegalArgumentException("event " + e.id() + " is not a curated event of pack " + packId);
            }
        }
        db.write("saving " + copy.size() + " curated events of pack " + packId, c -> {
            if (!Jdbc.exists(c, "SELECT 1 FROM packs WHERE id = ?", packId)) {
                throw new StoreException("cannot save events: no pack " + packId + " is stored. Save the pack first.");
            }
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM events WHERE pack_id = ? AND origin = 'curated'")) {
                delete.setString(1, packId);
                delete.executeUpdate();
            }
            try (PreparedStatement happening = c.prepareStatement(INSERT_HAPPENING);
                    PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
                for (EventRecord e : copy) {
                    bindHappening(happening, e);
                    bind(ps, e);
                    ps.addBatch();
                }
                happening.executeBatch();
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Where an import puts its rows: events and reports, all in the import's one transaction. */
    public interface ImportSink {
        /** Adds an imported event; one whose id (its dataset and the dataset's id) is stored is skipped. */
        void add(EventRecord event);

        /** Adds a report (a GDELT mention) of an event; skipped when that event is not stored. */
        void addReport(Report report);
    }

    /** What an import does inside its transaction; throwing anything rolls all of it back. */
    @FunctionalInterface
    public interface ImportWork {
        void run(ImportSink sink) throws Exception;
    }

    /**
     * Runs one import in ONE transaction: every row {@code work} adds is written, or (if it throws) none is.
     * Rows are written in batches as they come, so a file of millions of rows needs no more memory than a
     * batch. Idempotent: an event whose id is stored (or came earlier) is skipped and counted as a duplicate;
     * each new event is linked to its happening ({@link EventRecord#happeningId()}), made if new.
     *
     * @throws StoreException if a row violates a constraint; then nothing of the import was written
     * @throws ImportFailed wrapping what {@code work} threw (other than a StoreException or RuntimeException);
     *     nothing was written
     */
    public ImportResult importEvents(String what, ImportWork work) {
        return db.write(what, c -> {
            try (PreparedStatement happening = c.prepareStatement(INSERT_HAPPENING);
                    PreparedStatement event = c.prepareStatement(INSERT_IMPORTED);
                    PreparedStatement report = c.prepareStatement(INSERT_REPORT)) {
                Batches b = new Batches(happening, event, report);
                try {
                    work.run(b);
                } catch (RuntimeException | SQLException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ImportFailed(e);
                }
                b.flushEvents();
                b.flushReports();
                return new ImportResult(b.added, b.duplicates, b.reports, b.reportsSkipped);
            }
        });
    }

    /** A checked exception thrown by an {@link ImportWork}, after the transaction was rolled back. */
    public static final class ImportFailed extends RuntimeException {
        ImportFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class Batches implements ImportSink {
        private final PreparedStatement happening;
        private final PreparedStatement event;
        private final PreparedStatement report;
        private int pendingEvents;
        private int pendingReports;
        long added;
        long duplicates;
        long reports;
        long reportsSkipped;

        Batches(PreparedStatement happening, PreparedStatement event, PreparedStatement report) {
            this.happening = happening;
            this.event = event;
            this.report = report;
        }

        @Override
        public void add(EventRecord e) {
            if (e.origin() != EventRecord.Origin.IMPORTED) {
                throw new IllegalArgumentException("event " + e.id() + " is " + e.origin() + ", not imported");
            }
            try {
                bindHappening(happening, e);
                bind(event, e);
                event.addBatch();
                if (++pendingEvents >= IMPORT_BATCH) {
                    flushEvents();
                }
            } catch (SQLException x) {
                throw new StoreException("storing event " + e.id() + " failed: " + Db.describe(x), x);
            }
        }

        @Override
        public void addReport(Report r) {
            try {
                report.setString(1, r.eventId());
                report.setString(2, r.url());
                report.setString(3, r.source());
                report.setString(4, r.date().toString());
                Jdbc.set(report, 5, r.confidence());
                report.setString(6, r.eventId());
                report.addBatch();
                if (++pendingReports >= IMPORT_BATCH) {
                    flushReports();
                }
            } catch (SQLException x) {
                throw new StoreException("storing a report of " + r.eventId() + " failed: " + Db.describe(x), x);
            }
        }

        void flushEvents() throws SQLException {
            if (pendingEvents == 0) {
                return;
            }
            happening.executeBatch();
            for (int n : event.executeBatch()) {
                if (n == 0) {
                    duplicates++;
                } else {
                    added++;
                }
            }
            pendingEvents = 0;
        }

        void flushReports() throws SQLException {
            if (pendingReports == 0) {
                return;
            }
            flushEvents(); // a report's event may still be pending
            for (int n : report.executeBatch()) {
                if (n == 0) {
                    reportsSkipped++;
                } else {
                    reports++;
                }
            }
            pendingReports = 0;
        }
    }

    /**
     * One report of an imported event beyond its own row: a GDELT mention.
     *
     * @param eventId the stored event it reports
     * @param url the article's URL or citation
     * @param source the outlet
     * @param date the day of the report
     * @param confidence the dataset's confidence in it (GDELT: 10..100), if given
     */
    public record Report(String eventId, String url, String source, LocalDate date, OptionalInt confidence) {
        /** Checks that no component is null. */
        public Report {
            Jdbc.requireText("event id", eventId);
            Jdbc.requireText("report url", url);
            java.util.Objects.requireNonNull(source, "source");
            java.util.Objects.requireNonNull(date, "date");
            java.util.Objects.requireNonNull(confidence, "confidence");
        }
    }

    /**
     * One happening and every stored report of it: the events (article sentences, dataset rows, pack rows) that
     * describe it, and the extra reports (GDELT mentions) of those events.
     *
     * @param id the happening's id ({@link EventRecord#happeningId()}), or the event's id for an event that
     *     reports no happening (not asserted, or stored before happenings existed)
     * @param events its events, by date and id; one at least
     * @param reports the extra reports of those events
     */
    public record Happening(String id, List<EventRecord> events, List<Report> reports) {
        /** Copies the lists. */
        public Happening {
            Jdbc.requireText("happening id", id);
            events = List.copyOf(events);
            reports = List.copyOf(reports);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("happening " + id + " has no event");
            }
        }

        /** The distinct datasets and articles reporting it (pack rows count as one). */
        public long independentReports() {
            return events.stream()
                    .map(e -> e.imported()
                            .map(i -> "dataset " + i.dataset())
                            .or(() -> e.articleId().map(a -> "article " + a))
                            .orElse("pack " + e.packId().orElse("")))
                    .distinct()
                    .count();
        }
    }

    /**
     * The stored happenings with their reports, filtered as {@link #findEvents(Optional, Optional, Optional,
     * Set)}, ordered by date and id.
     */
    public List<Happening> findHappenings(
            Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to, Set<EventRecord.Origin> origins) {
        List<String> params = new ArrayList<>();
        return findHappenings(where(actor, from, to, origins, params), params);
    }

    /**
     * Which events a caller needs, so that a large archive is filtered in SQL rather than in memory: those
     * between two of {@code states} (both actors among them; the mediator, if any, may be anyone), dated within
     * {@code [from, to]} (inclusive, each optional). The relations engine reads a dyad's events only with those of
     * the same dyad, so the events of the pack's states alone give the pack's dyads the same scores.
     */
    public record Scope(Set<String> states, Optional<LocalDate> from, Optional<LocalDate> to) {
        /** Checks the states (ISO-3 codes, at least one) and that {@code to} is not before {@code from}. */
        public Scope {
            states = Set.copyOf(states);
            if (states.isEmpty()) {
                throw new IllegalArgumentException("a scope needs at least one state");
            }
            for (String s : states) {
                if (!s.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException("'" + s + "' is not an ISO 3166-1 alpha-3 code (e.g. AZE)");
                }
            }
            java.util.Objects.requireNonNull(from, "from");
            java.util.Objects.requireNonNull(to, "to");
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                throw new IllegalArgumentException("the end date " + to.get() + " is before the start " + from.get());
            }
        }

        /** Every event between two of {@code states}, whatever its date. */
        public static Scope between(Set<String> states) {
            return new Scope(states, Optional.empty(), Optional.empty());
        }
    }

    /** The stored happenings of {@code origins} within {@code scope}, filtered in SQL, ordered by date and id. */
    public List<Happening> findHappenings(Scope scope, Set<EventRecord.Origin> origins) {
        List<String> params = new ArrayList<>();
        return findHappenings(where(scope, origins, params), params);
    }

    /** The stored events of {@code origins} within {@code scope}, filtered in SQL, ordered by date and id. */
    public List<EventRecord> findEvents(Scope scope, Set<EventRecord.Origin> origins) {
        List<String> params = new ArrayList<>();
        return findEvents(where(scope, origins, params), params);
    }

    private static String where(Scope scope, Set<EventRecord.Origin> origins, List<String> params) {
        StringBuilder sql = new StringBuilder(originsByActors(origins, params));
        scope.from().ifPresent(d -> {
            sql.append(" AND event_date >= ?");
            params.add(d.toString());
        });
        scope.to().ifPresent(d -> {
            sql.append(" AND event_date <= ?");
            params.add(d.toString());
        });
        List<String> states = scope.states().stream().sorted().toList();
        String in = String.join(", ", Collections.nCopies(states.size(), "?"));
        sql.append(" AND actor1 IN (")
                .append(in)
                .append(") AND actor2 IN (")
                .append(in)
                .append(")");
        params.addAll(states);
        params.addAll(states);
        return sql.toString();
    }

    /**
     * An unordered pair of distinct states, kept in code order ({@code a} before {@code b}): a dyad the relations
     * engine scores. {@code Dyad.of("SYR", "AZE")} and {@code Dyad.of("AZE", "SYR")} are equal.
     */
    public record Dyad(String a, String b) {
        /** Checks both codes (ISO 3166-1 alpha-3 form) and that they differ; puts them in code order. */
        public Dyad {
            for (String s : new String[] {a, b}) {
                if (s == null || !s.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException("'" + s + "' is not an ISO 3166-1 alpha-3 code (e.g. AZE)");
                }
            }
            if (a.equals(b)) {
                throw new IllegalArgumentException("a dyad needs two different states, got " + a + " twice");
            }
            if (a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
        }

        public static Dyad of(String x, String y) {
            return new Dyad(x, y);
        }
    }

    /**
     * The stored events of {@code origins} of these dyads (either actor first), filtered in SQL, ordered by date and
     * id: every event of each dyad, so that what the engine derives from a dyad's events together (its duplicates,
     * its happenings) comes out as from the whole store.
     */
    public List<EventRecord> findEvents(Set<Dyad> dyads, Set<EventRecord.Origin> origins) {
        List<String> params = new ArrayList<>();
        return findEvents(where(dyads, origins, params), params);
    }

    /** The stored happenings of {@code origins} of these dyads, as {@link #findEvents(Set, Set)}. */
    public List<Happening> findHappenings(Set<Dyad> dyads, Set<EventRecord.Origin> origins) {
        List<String> params = new ArrayList<>();
        return findHappenings(where(dyads, origins, params), params);
    }

    /**
     * The dyads of the stored events of {@code origins} that name one of {@code states} as an actor or as the
     * mediator: what a question about those states' ties reads. (The mediator has no index: this scans the events
     * of {@code origins} once, returning only the pairs.)
     */
    public Set<Dyad> dyadsNaming(Set<String> states, Set<EventRecord.Origin> origins) {
        List<String> sorted = states.stream().sorted().toList();
        String in = String.join(", ", Collections.nCopies(sorted.size(), "?"));
        List<String> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String column : List.of("actor1", "actor2", "mediator")) {
            if (sql.length() > 0) {
                sql.append(" UNION ");
            }
            sql.append("SELECT DISTINCT actor1, actor2 FROM events WHERE ")
                    .append(originsByActors(origins, params))
                    .append(" AND ")
                    .append(column)
                    .append(" IN (")
                    .append(sorted.isEmpty() ? "NULL" : in)
                    .append(")");
            params.addAll(sorted);
        }
        return dyads(sql.toString(), params);
    }

    /**
     * The dyads of the stored events of {@code origins} in which one side of {@code pair} is the mediator and the
     * other a party: the happenings one side hosted for the other, which count for the pair's tie.
     */
    public Set<Dyad> dyadsMediated(Dyad pair, Set<EventRecord.Origin> origins) {
        List<String> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String[] mp : new String[][] {{pair.a(), pair.b()}, {pair.b(), pair.a()}}) {
            for (String column : List.of("actor1", "actor2")) {
                if (sql.length() > 0) {
                    sql.append(" UNION ");
                }
                sql.append("SELECT DISTINCT actor1, actor2 FROM events WHERE ")
                        .append(originsByActors(origins, params))
                        .append(" AND ")
                        .append(column)
                        .append(" = ? AND mediator = ?");
                params.add(mp[1]);
                params.add(mp[0]);
            }
        }
        return dyads(sql.toString(), params);
    }

    private Set<Dyad> dyads(String sql, List<String> params) {
        return db.read("finding dyads", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                Set<Dyad> out =
                        new java.util.TreeSet<>(Comparator.comparing(Dyad::a).thenComparing(Dyad::b));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String x = rs.getString(1);
                        String y = rs.getString(2);
                        if (x != null && y != null && x.matches("[A-Z]{3}") && y.matches("[A-Z]{3}") && !x.equals(y)) {
                            out.add(Dyad.of(x, y));
                        }
                    }
                }
                return out;
            }
        });
    }

    /**
     * The origin filter of a query that finds its rows by their actors: written so that the database does not pick
     * the index on (origin, date) for it (SQLite, without statistics, would, and then read every imported row of an
     * archive to find one dyad's); the actors' indexes find the rows.
     */
    private static String originsByActors(Set<EventRecord.Origin> origins, List<String> params) {
        if (origins.isEmpty()) {
            return "1 = 0";
        }
        origins.stream().sorted().forEach(o -> params.add(o.db()));
        return "(origin || '') IN (" + String.join(", ", Collections.nCopies(origins.size(), "?")) + ")";
    }

    private static String where(Set<Dyad> dyads, Set<EventRecord.Origin> origins, List<String> params) {
        StringBuilder sql = new StringBuilder(originsByActors(origins, params));
        if (dyads.isEmpty()) {
            return sql.append(" AND 1 = 0").toString();
        }
        sql.append(" AND (");
        boolean first = true;
        for (Dyad d : dyads.stream()
                .sorted(Comparator.comparing(Dyad::a).thenComparing(Dyad::b))
                .toList()) {
            for (String[] order : new String[][] {{d.a(), d.b()}, {d.b(), d.a()}}) {
                sql.append(first ? "" : " OR ").append("(actor1 = ? AND actor2 = ?)");
                params.add(order[0]);
                params.add(order[1]);
                first = false;
            }
        }
        return sql.append(")").toString();
    }

    private List<Happening> findHappenings(String where, List<String> params) {
        String events = "SELECT " + EVENT_COLUMNS + " FROM events WHERE " + where
                + " ORDER BY COALESCE(happening_id, id), event_date, id";
        String reports = "SELECT event_id, url, source, report_date, confidence FROM event_reports WHERE event_id IN"
                + " (SELECT id FROM events WHERE " + where + ") ORDER BY event_id, report_date, url";
        return db.read("finding happenings", c -> {
            java.util.Map<String, List<Report>> byEvent = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(reports)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Report r = new Report(
                                rs.getString("event_id"),
                                rs.getString("url"),
                                rs.getString("source"),
                                Jdbc.date(rs, "report_date"),
                                Jdbc.optInt(rs, "confidence"));
                        byEvent.computeIfAbsent(r.eventId(), k -> new ArrayList<>())
                                .add(r);
                    }
                }
            }
            List<Happening> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(events)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    String current = null;
                    List<EventRecord> group = new ArrayList<>();
                    while (rs.next()) {
                        EventRecord e = event(rs);
                        String key = Jdbc.optText(rs, "happening_id").orElse(e.id());
                        if (current != null && !current.equals(key)) {
                            out.add(happening(current, group, byEvent));
                            group = new ArrayList<>();
                        }
                        current = key;
                        group.add(e);
                    }
                    if (current != null) {
                        out.add(happening(current, group, byEvent));
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(
                            (Happening h) -> h.events().get(0).eventDate())
                    .thenComparing(Happening::id));
            return out;
        });
    }

    private static Happening happening(String id, List<EventRecord> events, java.util.Map<String, List<Report>> by) {
        List<Report> reports = new ArrayList<>();
        events.forEach(e -> reports.addAll(by.getOrDefault(e.id(), List.of())));
        return new Happening(id, events, reports);
    }

    /** How many happenings are stored. */
    public long countHappenings() {
        return count("happenings");
    }

    /** How many extra reports (GDELT mentions) are stored. */
    public long countReports() {
        return count("event_reports");
    }

    /** The article with this id, if stored. */
    public Optional<ArticleRecord> getArticle(String id) {
        return db.read("reading article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, url, source, title, published, text, ingested_at FROM articles" + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ArticleRecord(
                            rs.getString("id"),
                            Jdbc.optText(rs, "url"),
                            rs.getString("source"),
                            rs.getString("title"),
                            Jdbc.optDate(rs, "published"),
                            rs.getString("text"),
                            Jdbc.instant(rs, "ingested_at")));
                }
            }
        });
    }

    /**
     * Events in which {@code actor} takes part (as actor1, actor2 or mediator), between {@code from}
     * and {@code to} inclusive, ordered by date and id. An empty filter matches everything.
     */
    public List<EventRecord> findEvents(Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to) {
        return findEvents(actor, from, to, EnumSet.allOf(EventRecord.Origin.class));
    }

    /** As {@link #findEvents(Optional, Optional, Optional)}, only events of the given origins. */
    public List<EventRecord> findEvents(
            Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to, Set<EventRecord.Origin> origins) {
        List<String> params = new ArrayList<>();
        return findEvents(where(actor, from, to, origins, params), params);
    }

    private List<EventRecord> findEvents(String where, List<String> params) {
        String sql = "SELECT " + EVENT_COLUMNS + " FROM events WHERE " + where + " ORDER BY event_date, id";
        return db.read("finding events", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<EventRecord> events = new ArrayList<>();
                    while (rs.next()) {
                        events.add(event(rs));
                    }
                    return events;
                }
            }
        });
    }

    private static String where(
            Optional<String> actor,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Set<EventRecord.Origin> origins,
            List<String> params) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (origins.isEmpty()) {
            sql.append(" AND 1 = 0");
        } else if (origins.size() < EventRecord.Origin.values().length) {
            sql.append(" AND origin IN (")
                    .append(String.join(", ", Collections.nCopies(origins.size(), "?")))
                    .append(")");
            origins.stream().sorted().forEach(o -> params.add(o.db()));
        }
        actor.ifPresent(a -> {
            sql.append(" AND (actor1 = ? OR actor2 = ? OR mediator = ?)");
            params.addAll(List.of(a, a, a));
        });
        from.ifPresent(d -> {
            sql.append(" AND event_date >= ?");
            params.add(d.toString());
        });
        to.ifPresent(d -> {
            sql.append(" AND event_date <= ?");
            params.add(d.toString());
        });
        return sql.toString();
    }

    /** How many articles are stored. */
    public long countArticles() {
        return count("articles");
    }

    /** How many events (curated, extracted and imported) are stored. */
    public long countEvents() {
        return count("events");
    }

    private long count(String table) {
        return db.read("counting " + table, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static int insertArticle(PreparedStatement ps, ArticleRecord a) throws SQLException {
        ps.setString(1, a.id());
        Jdbc.set(ps, 2, a.url());
        ps.setString(3, a.source());
        ps.setString(4, a.title());
        Jdbc.set(ps, 5, a.published().map(LocalDate::toString));
        ps.setString(6, a.text());
        ps.setString(7, Jdbc.text(a.ingestedAt()));
        return ps.executeUpdate();
    }

    private static void bind(PreparedStatement ps, EventRecord e) throws SQLException {
        ps.setString(1, e.id());
        Jdbc.set(ps, 2, e.articleId());
        Jdbc.set(ps, 3, e.packId());
        ps.setString(4, e.eventDate().toString());
        ps.setString(5, e.actor1());
        ps.setString(6, e.actor2());
        Jdbc.set(ps, 7, e.mediator());
        ps.setString(8, e.cameo());
        Jdbc.set(ps, 9, e.plover());
        Jdbc.set(ps, 10, e.quadClass());
        Jdbc.set(ps, 11, e.goldstein());
        ps.setString(12, e.mode().db());
        ps.setDouble(13, e.weight());
        Optional<EventRecord.Evidence> ev = e.evidence();
        Jdbc.set(ps, 14, ev.map(EventRecord.Evidence::sentence));
        if (ev.isPresent()) {
            ps.setInt(15, ev.get().sentenceIndex());
        } else {
            ps.setNull(15, Types.INTEGER);
        }
        bindSpan(ps, 16, ev.flatMap(EventRecord.Evidence::actor1));
        bindSpan(ps, 18, ev.flatMap(EventRecord.Evidence::actor2));
        bindSpan(ps, 20, ev.flatMap(EventRecord.Evidence::verb));
        ps.setString(22, e.origin().db());
        Optional<EventRecord.Imported> im = e.imported();
        if (im.isPresent()) {
            EventRecord.Imported r = im.get();
            ps.setString(14, r.text());
            ps.setString(23, r.dataset());
            ps.setString(24, r.sourceId());
            Jdbc.set(ps, 25, r.url());
            Jdbc.set(ps, 26, r.actor1Role());
            Jdbc.set(ps, 27, r.actor2Role());
            Jdbc.set(ps, 28, r.mediatorRole());
            ps.setInt(29, r.sources());
            ps.setInt(30, r.mentions());
            Jdbc.set(ps, 31, r.ploverMode());
        } else {
            for (int i = 23; i <= 31; i++) {
                ps.setNull(i, i == 29 || i == 30 ? Types.INTEGER : Types.VARCHAR);
            }
        }
        Jdbc.set(ps, 32, e.happeningId());
        ps.setBoolean(33, e.main());
    }

    private static void bindHappening(PreparedStatement ps, EventRecord e) throws SQLException {
        Optional<String> id = e.happeningId();
        if (id.isEmpty()) {
            return;
        }
        boolean ordered = e.actor1().compareTo(e.actor2()) <= 0;
        ps.setString(1, id.get());
        ps.setString(2, e.eventDate().toString());
        ps.setString(3, ordered ? e.actor1() : e.actor2());
        ps.setString(4, ordered ? e.actor2() : e.actor1());
        Jdbc.set(ps, 5, e.mediator());
        ps.setString(6, e.cameo().substring(0, Math.min(2, e.cameo().length())));
        ps.addBatch();
    }

    private static void bindSpan(PreparedStatement ps, int i, Optional<EventRecord.Span> span) throws SQLException {
        Jdbc.set(ps, i, span.map(s -> OptionalInt.of(s.start())).orElse(OptionalInt.empty()));
        Jdbc.set(ps, i + 1, span.map(s -> OptionalInt.of(s.end())).orElse(OptionalInt.empty()));
    }

    private static EventRecord event(ResultSet rs) throws SQLException {
        Optional<EventRecord.Evidence> evidence = Optional.empty();
        Optional<String> sentence = Jdbc.optText(rs, "sentence");
        EventRecord.Origin origin = EventRecord.Origin.of(rs.getString("origin"));
        Optional<EventRecord.Imported> imported = Optional.empty();
        if (origin == EventRecord.Origin.IMPORTED) {
            imported = Optional.of(new EventRecord.Imported(
                    rs.getString("dataset"),
                    rs.getString("source_id"),
                    Jdbc.optText(rs, "source_url"),
                    Jdbc.optText(rs, "actor1_role"),
                    Jdbc.optText(rs, "actor2_role"),
                    Jdbc.optText(rs, "mediator_role"),
                    rs.getInt("num_sources"),
                    rs.getInt("num_mentions"),
                    Jdbc.optText(rs, "plover_mode"),
                    sentence.orElse("")));
        } else if (sentence.isPresent()) {
            evidence = Optional.of(new EventRecord.Evidence(
                    sentence.get(),
                    rs.getInt("sentence_index"),
                    span(rs, "actor1"),
                    span(rs, "actor2"),
                    span(rs, "verb")));
        }
        return new EventRecord(
                rs.getString("id"),
                origin,
                Jdbc.optText(rs, "article_id"),
                Jdbc.optText(rs, "pack_id"),
                Jdbc.date(rs, "event_date"),
                rs.getString("actor1"),
                rs.getString("actor2"),
                Jdbc.optText(rs, "mediator"),
                rs.getString("cameo"),
                Jdbc.optText(rs, "plover"),
                Jdbc.optInt(rs, "quad_class"),
                Jdbc.optDouble(rs, "goldstein"),
                EventRecord.Mode.of(rs.getString("mode")),
                rs.getDouble("weight"),
                evidence,
                imported,
                rs.getBoolean("main"));
    }

    private static Optional<EventRecord.Span> span(ResultSet rs, String part) throws SQLException {
        OptionalInt start = Jdbc.optInt(rs, part + "_start");
        OptionalInt end = Jdbc.optInt(rs, part + "_end");
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventRecord.Span(start.getAsInt(), end.getAsInt()));
    }
}
