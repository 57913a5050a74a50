package dev.crossroads.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.input.InputException;
import dev.crossroads.core.input.InputText;
import dev.crossroads.core.input.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads articles for {@code crossroads ingest}: JSON lines (one article per line: url, published, source,
 * title, text), HTML (title from {@code <title>}, date from a published-time meta tag) and plain text (dated by
 * {@code --published}). A record that cannot be used is reported with its file and line, never dropped
 * silently.
 */
public final class ArticleInputs {
    /** An article ready to ingest; {@code where} is file:line for messages. */
    public record Input(
            String where, Optional<String> url, String source, String title, LocalDate published, String text) {}

    /** A record that was skipped, and why. */
    public record Bad(String where, String reason) {
        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }

    /**
     * Thrown by the consumer of good records when an article is refused after reading (too many sentences or
     * events): reported as a {@link Bad} record with the article's file and line, and the rest goes on.
     */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Earliest publication date accepted. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern META_DATE = Pattern.compile(
            "(?is)<meta[^>]+(?:name|property)\\s*=\\s*[\"'](?:article:published_time|date|pubdate|dc\\.date)[\"'][^>]*content\\s*=\\s*[\"']([^\"']+)[\"']");

    private final Optional<LocalDate> published;
    private final Consumer<Input> good;
    private final Consumer<Bad> bad;

    private boolean cli = true;

    public ArticleInputs(Optional<LocalDate> published, Consumer<Input> good, Consumer<Bad> bad) {
        this.published = published;
        this.good = good;
        this.bad = bad;
    }

    /** Reads a file, every supported file under a folder (in name order), or "-" (standard input). */
    public void read(String target, InputStream stdin) throws IOException {
        if (target.equals("-")) {
            String all;
            try {
                all = InputText.decode("stdin", InputText.readCapped("stdin", stdin, Limits.FILE_BYTES));
            } catch (InputException e) {
                bad.accept(new Bad(e.line() > 0 ? "stdin:" + e.line() : "stdin", e.problem()));
                return;
            }
            if (all.stripLeading().startsWith("{")) {
                jsonLines("stdin", new BufferedReader(new java.io.StringReader(all)));
            } else {
                plain("stdin", all);
            }
            return;
        }
        Path p = Path.of(target);
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile)
                        .filter(ArticleInputs::supported)
                        .sorted()
                        .toList();
            }
            if (files.isEmpty()) {
                throw ServiceException.input("no .jsonl, .json, .txt or .html files under " + p);
            }
            for (Path f : files) {
                file(f);
            }
        } else if (Files.isRegularFile(p)) {
            file(p);
        } else {
            throw ServiceException.input("no file or folder at " + p);
        }
    }

    public static boolean supported(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl")
                || n.endsWith(".ndjson")
                || n.endsWith(".json")
                || n.endsWith(".txt")
                || n.endsWith(".html")
                || n.endsWith(".htm");
    }

    private void file(Path f) throws IOException {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        try {
            // the whole file is checked (UTF-8, no NUL, within the byte limit) before any of its articles is stored,
            // so a bad byte at line 101 stores nothing of the file and is reported with its line
            text = InputText.read(f);
        } catch (InputException e) {
            bad.accept(new Bad(
                    e.line() > 0 ? f + ":" + e.line() : f.toString(),
                    (e.line() > 0
                            ? "column " + e.column() + " " + e.problem() + "; nothing of this file was stored"
                            : e.problem())));
            return;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            jsonLines(f.toString(), new BufferedReader(new java.io.StringReader(text)));
        } else if (n.endsWith(".html") || n.endsWith(".htm")) {
            html(f.toString(), text);
        } else {
            plain(f.toString(), text);
        }
    }

    private void jsonLines(String name, BufferedReader r) {
        String line;
        int no = 0;
        try {
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String where = name + ":" + no;
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    bad.accept(new Bad(where, "not valid JSON: " + e.getOriginalMessage()));
                    continue;
                }
                record(where, node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a request body: JSON lines (one article object per line) or one JSON array of article objects; a
     * record's {@code where} is {@code name:LINE} with the line of the body it starts on.
     */
    public void body(String name, String body) {
        cli = false;
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        if (!body.stripLeading().startsWith("[")) {
            jsonLines(name, new BufferedReader(new java.io.StringReader(body)));
            return;
        }
        try (com.fasterxml.jackson.core.JsonParser p = Json.MAPPER.getFactory().createParser(body)) {
            p.nextToken();
            int line = 1;
            try {
                com.fasterxml.jackson.core.JsonToken t;
                while ((t = p.nextToken()) != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    if (t == null) {
                        bad.accept(new Bad(name + ":" + line, "the JSON array is not closed"));
                        return;
                    }
                    line = p.currentTokenLocation().getLineNr();
                    JsonNode node = Json.MAPPER.readTree(p);
                    record(name + ":" + line, node);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                int at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
                bad.accept(new Bad(
                        name + ":" + at,
                        "not valid JSON (the rest of the array was not read): " + e.getOriginalMessage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void record(String where, JsonNode node) {
        if (node == null || !node.isObject()) {
            bad.accept(new Bad(where, "expected a JSON object with url, published, source, title, text"));
            return;
        }
        String text = str(node, "text");
        if (text.isBlank()) {
            bad.accept(new Bad(where, "no \"text\""));
            return;
        }
        Optional<LocalDate> date;
        String pub = str(node, "published");
        if (pub.isBlank()) {
            date = published;
            if (date.isEmpty()) {
                bad.accept(new Bad(
                        where,
                        cli ? "no \"published\" date and no --published given" : "no \"published\" date (YYYY-MM-DD)"));
                return;
            }
        } else {
            date = parseDate(pub);
            if (date.isEmpty()) {
                bad.accept(
                        new Bad(where, "\"published\" '" + pub + "' is not a date (YYYY-MM-DD or an ISO date-time)"));
                return;
            }
        }
        String url = str(node, "url");
        accept(new Input(
                where,
                url.isBlank() ? Optional.empty() : Optional.of(url),
                str(node, "source"),
                str(node, "title"),
                date.get(),
                text));
    }

    /** Checks what every article must meet (size, date, no NUL), then hands it on or reports it as bad. */
    private void accept(Input in) {
        long bytes = in.text().getBytes(StandardCharsets.UTF_8).length;
        long max = Limits.get(Limits.ARTICLE_BYTES);
        if (bytes > max) {
            bad.accept(new Bad(
                    in.where(),
                    "the text is " + InputText.bytes(bytes) + ", above the article size limit; "
                            + Limits.howToChange(Limits.ARTICLE_BYTES)));
            return;
        }
        Optional<String> range = outOfRange(in.published());
        if (range.isPresent()) {
            bad.accept(new Bad(in.where(), range.get()));
            return;
        }
        for (String field :
                new String[] {in.text(), in.title(), in.source(), in.url().orElse("")}) {
            if (field.indexOf('\0') >= 0) {
                bad.accept(new Bad(in.where(), "a field holds a NUL character: send text"));
                return;
            }
        }
        if (in.title().length() > 1000
                || in.source().length() > 1000
                || in.url().orElse("").length() > 4000) {
            bad.accept(new Bad(
                    in.where(), "the title or source is longer than 1,000 characters, or the url longer than 4,000"));
            return;
        }
        try {
            good.accept(in);
        } catch (Refused e) {
            bad.accept(new Bad(in.where(), e.getMessage()));
        }
    }

    /** Why a publication date cannot be right (before 1900, or after tomorrow), if it cannot. */
    public static Optional<String> outOfRange(LocalDate d) {
        LocalDate latest = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        if (d.isBefore(EARLIEST) || d.isAfter(latest)) {
            return Optional.of("\"published\" " + d + " is outside " + EARLIEST + " to " + latest
                    + ": give the article's real publication date");
        }
        return Optional.empty();
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** A date (YYYY-MM-DD) or an ISO date-time with or without offset; nothing trailing ("2025-01-01garbage" is not a date). */
    public static Optional<LocalDate> parseDate(String s) {
        String t = s.strip();
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(t).toLocalDate());
            } catch (DateTimeParseException e2) {
                try {
                    return Optional.of(java.time.LocalDateTime.parse(t).toLocalDate());
                } catch (DateTimeParseException e3) {
                    return Optional.empty();
                }
            }
        }
    }

    private void plain(String name, String text) {
        if (text.isBlank()) {
            bad.accept(new Bad(name + ":1", "empty file"));
            return;
        }
        if (published.isEmpty()) {
            bad.accept(new Bad(name + ":1", "a plain-text file takes its date from --published; none was given"));
            return;
        }
        String title = text.strip().lines().findFirst().orElse("");
        accept(new Input(name + ":1", Optional.empty(), "", title.length() > 200 ? "" : title, published.get(), text));
    }

    private void html(String name, String html) {
        Matcher t = TITLE.matcher(html);
        String title = t.find() ? unescape(t.group(1).strip()) : "";
        Matcher m = META_DATE.matcher(html);
        Optional<LocalDate> date = m.find() ? parseDate(m.group(1)) : Optional.empty();
        if (date.isEmpty()) {
            date = published;
        }
        if (date.isEmpty()) {
            bad.accept(new Bad(name + ":1", "no published-time meta tag and no --published given"));
            return;
        }
        String body = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<(br|/p|/div|/h[1-6]|/li)[^>]*>", "\n")
                .replaceAll("<[^>]+>", " ");
        String text = unescape(body)
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\s*\\n\\s*", "\n")
                .strip();
        if (text.isBlank()) {
            bad.accept(new Bad(name + ":1", "no text in the HTML body"));
            return;
        }
        accept(new Input(
                name + ":1",
                Optional.empty(),
                "",
                title.length() > 1000 ? title.substring(0, 1000) : title,
                date.get(),
                text));
    }

    private static String unescape(String s) {
        return s.replace("&nbsp;", " ")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    public static List<Input> all(String target, Optional<LocalDate> published, List<Bad> bad) throws IOException {
        List<Input> out = new ArrayList<>();
        new ArticleInputs(published, out::add, bad::add).read(target, System.in);
        return out;
    }
}
