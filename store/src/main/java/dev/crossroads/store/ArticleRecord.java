package dev.crossroads.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article (or any text) that events were extracted from.
 *
 * @param id {@link #contentId(String, String)} of title and text: the same article is stored once
 * @param url where it was found
 * @param source publisher or feed name (may be empty)
 * @param title headline (may be empty)
 * @param published publication date, if known
 * @param text the full text
 * @param ingestedAt when it was ingested (truncated to microseconds)
 */
public record ArticleRecord(
        String id,
        Optional<String> url,
        String source,
        String title,
        Optional<LocalDate> published,
        String text,
        Instant ingestedAt) {

    /** Checks that no component is null; a blank url becomes empty. */
    public ArticleRecord {
        Jdbc.requireText("article id", id);
        url = Objects.requireNonNull(url, "url").filter(s -> !s.isBlank());
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        ingestedAt = Jdbc.micros(ingestedAt);
    }

    /** An article whose id is the {@link #contentId(String, String)} of its title and text. */
    public static ArticleRecord of(
            Optional<String> url,
            String source,
            String title,
            Optional<LocalDate> published,
            String text,
            Instant ingestedAt) {
        return new ArticleRecord(contentId(title, text), url, source, title, published, text, ingestedAt);
    }

    /**
     * The SHA-256 (lower-case hex) of the normalized title and text: Unicode NFC, every run of
     * whitespace replaced by one space, trimmed; title and text joined by a newline. Copies of an
     * article that differ only in line breaks or spacing get the same id.
     */
    public static String contentId(String title, String text) {
        String content = normalize(title) + "\n" + normalize(text);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
