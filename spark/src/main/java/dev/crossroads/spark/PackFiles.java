package dev.crossroads.spark;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.extract.Extractor;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A region pack's files, read on the driver and shipped to the executors with the job (a cluster's executors
 * need not see the driver's disk). On an executor {@link #extractor()} writes them once to a temporary folder,
 * loads the pack and builds the extractor; the extractor (its OpenNLP models, gazetteer and lexicon) is kept per
 * JVM and pack, so the models load once per executor, not once per partition or per article. An extractor is
 * thread-safe, so the executor's task threads share it.
 */
final class PackFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Extractor> EXTRACTORS = new ConcurrentHashMap<>();

    private final TreeMap<String, byte[]> files;
    private final String hash;

    private PackFiles(TreeMap<String, byte[]> files, String hash) {
        this.files = files;
        this.hash = hash;
    }

    /** No pack: the extractor with the module's gazetteer and lexicons only. */
    static PackFiles none() {
        return new PackFiles(new TreeMap<>(), "");
    }

    /** Reads every file under {@code dir} (a pack folder with pack.yaml); fails with a message when it is not one. */
    static PackFiles read(Path dir) {
        if (!Files.isRegularFile(dir.resolve("pack.yaml"))) {
            throw new SparkJobException(
                    "no region pack at " + dir + ": pass --pack DIR with a folder that holds pack.yaml");
        }
        PackLoader.load(dir); // fail on the driver, with the loader's message, before any executor starts
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pack at " + dir, e);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
            });
            return new PackFiles(files, HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pack at {@code dir} when given, else the default pack when there is one, else {@link #none()}. */
    static PackFiles readOrDefault(Optional<Path> dir) {
        return dir.or(PackFiles::defaultDir).map(PackFiles::read).orElse(PackFiles.none());
    }

    /** The pack's default folder: CROSSROADS_PACK, else packs/caucasus-levant under crossroads.home or a parent folder. */
    static Optional<Path> defaultDir() {
        String env = System.getenv("CROSSROADS_PACK");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        Optional<String> home = Optional.ofNullable(System.getProperty("crossroads.home"));
        List<Path> starts = home.map(h -> List.of(Path.of(h).toAbsolutePath()))
                .orElse(List.of(Path.of("").toAbsolutePath()));
        for (Path dir = starts.get(0); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("packs").resolve("caucasus-levant");
            if (Files.isRegularFile(candidate.resolve("pack.yaml"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The extractor for this pack in this JVM (built on first use). */
    Extractor extractor() {
        return EXTRACTORS.computeIfAbsent(hash, h -> files.isEmpty() ? Extractor.standard() : build());
    }

    private Extractor build() {
        return RelationsEngine.extractor(pack().orElseThrow());
    }

    /** The pack these files hold (loaded from a temporary copy), or empty for {@link #none()}. */
    Optional<RegionPack> pack() {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path dir = Files.createTempDirectory("crossroads-pack-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            return Optional.of(PackLoader.load(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the region pack to a temporary folder", e);
        }
    }
}
