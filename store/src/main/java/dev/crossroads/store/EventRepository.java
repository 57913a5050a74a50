package dev.crossroads.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Articles and the events read from them or curated in packs. Get one from {@link Store#events()}. */
public final class EventRepository {
    private static final String EVENT_COLUMNS =
            "id, article_id, pack_id, event_date, actor1, actor2, mediator, cameo, plover, quad_class,"
                    + " goldstein, mode, weight, sentence, sentence_index, actor1_start, actor1_end,"
                    + " actor2_start, actor2_end, verb_start, verb_end, origin";
    private static final String INSERT_EVENT = "INSERT INTO events ("
            + EVENT_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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
                    PreparedStatement event = c.prepareStatement(INSERT_EVENT)) {
                for (ArticleWithEvents item : items) {
                    if (insertArticle(article, item.article()) == 0) {
                        duplicates++;
                        continue;
                    }
                    added++;
                    for (EventRecord e : item.events()) {
                        bind(event, e);
                        event.addBatch();
                        events++;
                    }
                }
                if (events > 0) {
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
            try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
                for (EventRecord e : copy) {
                    bind(ps, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
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
        StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM events WHERE 1 = 1");
        List<String> params = new ArrayList<>();
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
        sql.append(" ORDER BY event_date, id");
        return db.read("finding events", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
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

    /** How many articles are stored. */
    public long countArticles() {
        return count("articles");
    }

    /** How many events (curated and extracted) are stored. */
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
    }

    private static void bindSpan(PreparedStatement ps, int i, Optional<EventRecord.Span> span) throws SQLException {
        Jdbc.set(ps, i, span.map(s -> OptionalInt.of(s.start())).orElse(OptionalInt.empty()));
        Jdbc.set(ps, i + 1, span.map(s -> OptionalInt.of(s.end())).orElse(OptionalInt.empty()));
    }

    private static EventRecord event(ResultSet rs) throws SQLException {
        Optional<EventRecord.Evidence> evidence = Optional.empty();
        Optional<String> sentence = Jdbc.optText(rs, "sentence");
        if (sentence.isPresent()) {
            evidence = Optional.of(new EventRecord.Evidence(
                    sentence.get(),
                    rs.getInt("sentence_index"),
                    span(rs, "actor1"),
                    span(rs, "actor2"),
                    span(rs, "verb")));
        }
        return new EventRecord(
                rs.getString("id"),
                EventRecord.Origin.of(rs.getString("origin")),
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
                evidence);
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
