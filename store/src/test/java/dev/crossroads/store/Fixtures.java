package dev.crossroads.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Test data. Everything is fixed: no wall clock, no default time zone or locale. */
final class Fixtures {
    private Fixtures() {}

    static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123456Z");

    static PackRecord pack(String name, String hash) {
        return PackRecord.of(name, "Caspian hub " + name, LocalDate.of(2025, 2, 28), hash, T0, "{\"countries\":12}");
    }

    static ArticleRecord article(String title, String text) {
        return ArticleRecord.of(
                Optional.of("https://news.example/" + title.hashCode()),
                "Example Wire",
                title,
                Optional.of(LocalDate.of(2025, 1, 15)),
                text,
                T0);
    }

    static EventRecord extracted(String id, ArticleRecord article, LocalDate date, String actor1, String actor2) {
        String sentence = actor1 + " met " + actor2 + " in Baku.";
        return new EventRecord(
                id,
                EventRecord.Origin.EXTRACTED,
                Optional.of(article.id()),
                Optional.empty(),
                date,
                actor1,
                actor2,
                Optional.of("AZE"),
                "036",
                Optional.of("CONSULT"),
                OptionalInt.of(1),
                OptionalDouble.of(4.0),
                EventRecord.Mode.ASSERTED,
                1.0,
                Optional.of(new EventRecord.Evidence(
                        sentence,
                        2,
                        Optional.of(new EventRecord.Span(0, actor1.length())),
                        Optional.of(new EventRecord.Span(actor1.length() + 5, actor1.length() + 8)),
                        Optional.of(new EventRecord.Span(actor1.length() + 1, actor1.length() + 4)))));
    }

    /** Article {@code n} with one extracted event {@code e<n>} between TUR and ISR. */
    static ArticleWithEvents item(int n) {
        ArticleRecord a = article("Talks " + n, "Round " + n + " of talks was held in Baku.");
        return new ArticleWithEvents(a, List.of(extracted("e" + n, a, LocalDate.of(2025, 1, n), "TUR", "ISR")));
    }

    /** A clock that moves one second forward each time it is read. */
    static Clock ticking() {
        return new Clock() {
            private Instant next = T0;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.plus(Duration.ofSeconds(1));
                return now;
            }
        };
    }
}
