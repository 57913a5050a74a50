package dev.crossroads.spark;

import dev.crossroads.store.ArticleRecord;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.EventRepository;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet layout of events and articles, shared by every job. An event row has the columns of the store's
 * {@code events} table (schema v2: same names, mode and origin in lower case; origin {@code extracted} or
 * {@code imported}) and the happening it reports ({@code happening_id}, as the store computes it). Extracted
 * events carry the article's URL in {@code source_url} and count one source and one mention. {@code main} (schema
 * v4) says whether an extracted event is its sentence's main event rather than a background one ({@code
 * EventRecord.main}); a folder written before the column existed reads as main ({@link #toEvent}, {@code
 * Inputs.events}), as the store's migration counts older rows.
 */
final class EventRows {
    private EventRows() {}

    static final StructType EVENT = new StructType(new StructField[] {
        field("id", DataTypes.StringType, false),
        field("origin", DataTypes.StringType, false),
        field("article_id", DataTypes.StringType, true),
        field("pack_id", DataTypes.StringType, true),
        field("event_date", DataTypes.DateType, false),
        field("actor1", DataTypes.StringType, false),
        field("actor2", DataTypes.StringType, false),
        field("mediator", DataTypes.StringType, true),
        field("cameo", DataTypes.StringType, false),
        field("plover", DataTypes.StringType, true),
        field("quad_class", DataTypes.IntegerType, true),
        field("goldstein", DataTypes.DoubleType, true),
        field("mode", DataTypes.StringType, false),
        field("weight", DataTypes.DoubleType, false),
        field("sentence", DataTypes.StringType, true),
        field("sentence_index", DataTypes.IntegerType, true),
        field("actor1_start", DataTypes.IntegerType, true),
        field("actor1_end", DataTypes.IntegerType, true),
        field("actor2_start", DataTypes.IntegerType, true),
        field("actor2_end", DataTypes.IntegerType, true),
        field("verb_start", DataTypes.IntegerType, true),
        field("verb_end", DataTypes.IntegerType, true),
        field("dataset", DataTypes.StringType, true),
        field("source_id", DataTypes.StringType, true),
        field("source_url", DataTypes.StringType, true),
        field("actor1_role", DataTypes.StringType, true),
        field("actor2_role", DataTypes.StringType, true),
        field("mediator_role", DataTypes.StringType, true),
        field("num_sources", DataTypes.IntegerType, false),
        field("num_mentions", DataTypes.IntegerType, false),
        field("plover_mode", DataTypes.StringType, true),
        field("text", DataTypes.StringType, true),
        field("happening_id", DataTypes.StringType, true),
        field("main", DataTypes.BooleanType, false)
    });

    /** A report of an imported event (a GDELT mention), as the store's {@code reports} keep it. */
    static final StructType REPORT = new StructType(new StructField[] {
        field("event_id", DataTypes.StringType, false),
        field("url", DataTypes.StringType, false),
        field("source", DataTypes.StringType, false),
        field("report_date", DataTypes.DateType, false),
        field("confidence", DataTypes.IntegerType, true)
    });

    static final StructType ARTICLE = new StructType(new StructField[] {
        field("id", DataTypes.StringType, false),
        field("url", DataTypes.StringType, true),
        field("source", DataTypes.StringType, false),
        field("title", DataTypes.StringType, false),
        field("published", DataTypes.DateType, true),
        field("text", DataTypes.StringType, false),
        field("where", DataTypes.StringType, false)
    });

    /** What the extraction pass gives per input record: the article with its events, or why it was refused. */
    static final StructType EXTRACTED = new StructType(new StructField[] {
        field("file", DataTypes.StringType, false),
        field("offset", DataTypes.LongType, false),
        field("where", DataTypes.StringType, false),
        field("error", DataTypes.StringType, true),
        field("article", ARTICLE, true),
        field("events", DataTypes.createArrayType(EVENT, false), false)
    });

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static Row article(ArticleRecord a, String where) {
        return RowFactory.create(
                a.id(),
                a.url().orElse(null),
                a.source(),
                a.title(),
                a.published().map(Date::valueOf).orElse(null),
                a.text(),
                where);
    }

    static Row event(EventRecord e, Optional<String> sourceUrl) {
        Optional<EventRecord.Evidence> ev = e.evidence();
        Optional<EventRecord.Imported> im = e.imported();
        return RowFactory.create(
                e.id(),
                e.origin().name().toLowerCase(Locale.ROOT),
                e.articleId().orElse(null),
                e.packId().orElse(null),
                Date.valueOf(e.eventDate()),
                e.actor1(),
                e.actor2(),
                e.mediator().orElse(null),
                e.cameo(),
                e.plover().orElse(null),
                e.quadClass().isPresent() ? e.quadClass().getAsInt() : null,
                e.goldstein().isPresent() ? e.goldstein().getAsDouble() : null,
                e.mode().name().toLowerCase(Locale.ROOT),
                e.weight(),
                ev.map(EventRecord.Evidence::sentence).orElse(null),
                ev.map(EventRecord.Evidence::sentenceIndex).orElse(null),
                start(ev.flatMap(EventRecord.Evidence::actor1)),
                end(ev.flatMap(EventRecord.Evidence::actor1)),
                start(ev.flatMap(EventRecord.Evidence::actor2)),
                end(ev.flatMap(EventRecord.Evidence::actor2)),
                start(ev.flatMap(EventRecord.Evidence::verb)),
                end(ev.flatMap(EventRecord.Evidence::verb)),
                im.map(EventRecord.Imported::dataset).orElse(null),
                im.map(EventRecord.Imported::sourceId).orElse(null),
                im.flatMap(EventRecord.Imported::url).or(() -> sourceUrl).orElse(null),
                im.flatMap(EventRecord.Imported::actor1Role).orElse(null),
                im.flatMap(EventRecord.Imported::actor2Role).orElse(null),
                im.flatMap(EventRecord.Imported::mediatorRole).orElse(null),
                im.map(EventRecord.Imported::sources).orElse(1),
                im.map(EventRecord.Imported::mentions).orElse(1),
                im.flatMap(EventRecord.Imported::ploverMode).orElse(null),
                im.map(EventRecord.Imported::text).orElse(null),
                e.happeningId().orElse(null),
                e.main());
    }

    static Row report(EventRepository.Report r) {
        return RowFactory.create(
                r.eventId(),
                r.url(),
                r.source(),
                Date.valueOf(r.date()),
                r.confidence().isPresent() ? r.confidence().getAsInt() : null);
    }

    /** A report row back as the store's report. */
    static EventRepository.Report toReport(Row r) {
        Integer confidence = r.getAs("confidence");
        return new EventRepository.Report(
                r.getAs("event_id"),
                r.getAs("url"),
                r.getAs("source"),
                date(r, "report_date"),
                confidence == null ? OptionalInt.empty() : OptionalInt.of(confidence));
    }

    private static Integer start(Optional<EventRecord.Span> s) {
        return s.map(EventRecord.Span::start).orElse(null);
    }

    private static Integer end(Optional<EventRecord.Span> s) {
        return s.map(EventRecord.Span::end).orElse(null);
    }

    /** An article row back as the store's record ({@code ingestedAt}: when it is loaded). */
    static ArticleRecord toArticle(Row r, Instant ingestedAt) {
        Date published = r.getAs("published");
        return new ArticleRecord(
                r.getAs("id"),
                Optional.ofNullable(r.getAs("url")),
                r.getAs("source"),
                r.getAs("title"),
                Optional.ofNullable(published).map(Date::toLocalDate),
                r.getAs("text"),
                ingestedAt);
    }

    /** An extracted event row back as the store's record. */
    static EventRecord toEvent(Row r) {
        String origin = r.getAs("origin");
        Optional<EventRecord.Evidence> evidence = Optional.empty();
        String sentence = r.getAs("sentence");
        if (sentence != null) {
            evidence = Optional.of(new EventRecord.Evidence(
                    sentence,
                    r.<Integer>getAs("sentence_index"),
                    span(r, "actor1"),
                    span(r, "actor2"),
                    span(r, "verb")));
        }
        Integer quad = r.getAs("quad_class");
        Double goldstein = r.getAs("goldstein");
        Date date = r.getAs("event_date");
        Optional<EventRecord.Imported> imported = Optional.empty();
        if (origin.equals("imported")) {
            imported = Optional.of(new EventRecord.Imported(
                    r.getAs("dataset"),
                    r.getAs("source_id"),
                    Optional.ofNullable(r.getAs("source_url")),
                    Optional.ofNullable(r.getAs("actor1_role")),
                    Optional.ofNullable(r.getAs("actor2_role")),
                    Optional.ofNullable(r.getAs("mediator_role")),
                    r.<Integer>getAs("num_sources"),
                    r.<Integer>getAs("num_mentions"),
                    Optional.ofNullable(r.getAs("plover_mode")),
                    Optional.ofNullable(r.<String>getAs("text")).orElse("")));
        }
        return new EventRecord(
                r.getAs("id"),
                EventRecord.Origin.valueOf(origin.toUpperCase(Locale.ROOT)),
                Optional.ofNullable(r.getAs("article_id")),
                Optional.ofNullable(r.getAs("pack_id")),
                date.toLocalDate(),
                r.getAs("actor1"),
                r.getAs("actor2"),
                Optional.ofNullable(r.getAs("mediator")),
                r.getAs("cameo"),
                Optional.ofNullable(r.getAs("plover")),
                quad == null ? OptionalInt.empty() : OptionalInt.of(quad),
                goldstein == null ? OptionalDouble.empty() : OptionalDouble.of(goldstein),
                EventRecord.Mode.valueOf(r.<String>getAs("mode").toUpperCase(Locale.ROOT)),
                r.<Double>getAs("weight"),
                evidence,
                imported,
                main(r));
    }

    /** A row's {@code main}, true in a row written before the column existed. */
    static boolean main(Row r) {
        return r.schema().getFieldIndex("main").isEmpty() || r.<Boolean>getAs("main");
    }

    private static Optional<EventRecord.Span> span(Row r, String part) {
        Integer s = r.getAs(part + "_start");
        Integer e = r.getAs(part + "_end");
        return s == null || e == null ? Optional.empty() : Optional.of(new EventRecord.Span(s, e));
    }

    static LocalDate date(Row r, String field) {
        Date d = r.getAs(field);
        return d.toLocalDate();
    }
}
