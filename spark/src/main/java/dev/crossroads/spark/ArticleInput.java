package dev.crossroads.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.core.input.InputText;
import dev.crossroads.core.input.Limits;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One article record of a corpus (a JSON line or a Parquet row with url, published, source, title, text),
 * checked by the rules of {@code crossroads ingest} (its {@code ArticleInputs}): a text, a publication date
 * (YYYY-MM-DD or an ISO date-time) between 1900 and tomorrow, no NUL, the size limits. {@code where} says where
 * the record is (file and byte offset of its line) for messages.
 */
record ArticleInput(String where, Optional<String> url, String source, String title, LocalDate published, String text) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** A record that cannot be used: where it is and why. */
    record Bad(String where, String reason) {
        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }

    /** Either an article or the reason it was refused. */
    record Parsed(Optional<ArticleInput> article, Optional<Bad> bad) {
        static Parsed ok(ArticleInput a) {
            return new Parsed(Optional.of(a), Optional.empty());
        }

        static Parsed bad(String where, String reason) {
            return new Parsed(Optional.empty(), Optional.of(new Bad(where, reason)));
        }
    }

    /** Reads one JSON line; {@code published} dates records without a date of their own. */
    static Parsed json(String where, String line, Optional<LocalDate> published) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return Parsed.bad(where, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return Parsed.bad(where, "expected a JSON object with url, published, source, title, text");
        }
        return fields(
                where,
                str(node, "url"),
                str(node, "published"),
                str(node, "source"),
                str(node, "title"),
                str(node, "text"),
                published);
    }

    /** Checks one record given as fields (a Parquet row); empty strings for missing fields. */
    static Parsed fields(
            String where,
            String url,
            String publishedText,
            String source,
            String title,
            String text,
            Optional<LocalDate> published) {
        if (text.isBlank()) {
            return Parsed.bad(where, "no \"text\"");
        }
        Optional<LocalDate> date;
        if (publishedText.isBlank()) {
            date = published;
            if (date.isEmpty()) {
                return Parsed.bad(where, "no \"published\" date and no --published given");
            }
        } else {
            date = parseDate(publishedText);
            if (date.isEmpty()) {
                return Parsed.bad(
                        where, "\"published\" '" + publishedText + "' is not a date (YYYY-MM-DD or an ISO date-time)");
            }
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Limits.get(Limits.ARTICLE_BYTES)) {
            return Parsed.bad(
                    where,
                    "the text is " + InputText.bytes(bytes) + ", above the article size limit; "
                            + Limits.howToChange(Limits.ARTICLE_BYTES));
        }
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        if (date.get().isBefore(EARLIEST) || date.get().isAfter(latest)) {
            return Parsed.bad(
                    where,
                    "\"published\" " + date.get() + " is outside " + EARLIEST + " to " + latest
                            + ": give the article's real publication date");
        }
        for (String field : new String[] {text, title, source, url}) {
            if (field.indexOf('\0') >= 0) {
                return Parsed.bad(where, "a field holds a NUL character: send text");
            }
        }
        if (title.length() > 1000 || source.length() > 1000 || url.length() > 4000) {
            return Parsed.bad(
                    where, "the title or source is longer than 1,000 characters, or the url longer than 4,000");
        }
        return Parsed.ok(new ArticleInput(
                where, url.isBlank() ? Optional.empty() : Optional.of(url), source, title, date.get(), text));
    }

    /** A date (YYYY-MM-DD) or an ISO date-time with or without offset. */
    static Optional<LocalDate> parseDate(String s) {
        String t = s.strip();
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(t).toLocalDate());
            } catch (DateTimeParseException e2) {
                try {
                    return Optional.of(LocalDateTime.parse(t).toLocalDate());
                } catch (DateTimeParseException e3) {
                    return Optional.empty();
                }
            }
        }
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
