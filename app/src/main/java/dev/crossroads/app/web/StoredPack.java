package dev.crossroads.app.web;

import dev.crossroads.app.cli.Json;
import dev.crossroads.core.model.Source;
import dev.crossroads.core.pack.PackSummary;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.store.PackRecord;
import dev.crossroads.store.SourceRecord;
import dev.crossroads.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Puts a loaded pack into the store once: the same files (by content hash) are stored only once. */
public final class StoredPack {
    private StoredPack() {
    }

    /** What {@link #save} did. */
    public record Saved(String id, boolean isNew) {
    }

    public static Saved save(Store store, RegionPack pack, Path dir) {
        String hash = contentHash(dir);
        PackRecord rec = PackRecord.of(pack.meta().name(), pack.meta().title(), pack.meta().asOf(), hash, Instant.now(),
                Json.write(PackSummary.of(pack)));
        boolean isNew = store.packs().savePack(rec);
        if (isNew) {
            store.packs().saveSources(rec.id(), pack.sources().stream().map(StoredPack::source).toList());
        }
        return new Saved(rec.id(), isNew);
    }

    private static SourceRecord source(Source s) {
        return new SourceRecord(s.id(), s.publisher(), s.title(), opt(s.date()), opt(s.url()), opt(s.note()));
    }

    private static Optional<String> opt(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** SHA-256 over every file of the pack folder: relative path (with /) and bytes, in path order. */
    public static String contentHash(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                md.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pack folder " + dir + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
