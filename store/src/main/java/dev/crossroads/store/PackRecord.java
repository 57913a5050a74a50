package dev.crossroads.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A region pack that was loaded into the store.
 *
 * @param id unique id; {@link #of} makes {@code name@hash12}, so every version of a pack has its own
 * @param name the pack's short name ({@code pack.yaml: name})
 * @param title human-readable title
 * @param asOf the date the pack's facts describe
 * @param contentHash hash of the pack's files; a pack with the same hash is stored only once
 * @param loadedAt when it was loaded (truncated to microseconds)
 * @param summaryJson a JSON document summarizing the pack (counts, warnings); {@code {}} if none
 */
public record PackRecord(
        String id,
        String name,
        String title,
        LocalDate asOf,
        String contentHash,
        Instant loadedAt,
        String summaryJson) {

    /** Checks that no component is null and the ids and hash are not blank. */
    public PackRecord {
        Jdbc.requireText("pack id", id);
        Jdbc.requireText("pack name", name);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Jdbc.requireText("pack content hash", contentHash);
        loadedAt = Jdbc.micros(loadedAt);
        Objects.requireNonNull(summaryJson, "summaryJson");
    }

    /** A pack record whose id is {@code name@} plus the first 12 characters of the content hash. */
    public static PackRecord of(
            String name, String title, LocalDate asOf, String contentHash, Instant loadedAt, String summaryJson) {
        Jdbc.requireText("pack content hash", contentHash);
        String id = name + "@" + contentHash.substring(0, Math.min(12, contentHash.length()));
        return new PackRecord(id, name, title, asOf, contentHash, loadedAt, summaryJson);
    }
}
