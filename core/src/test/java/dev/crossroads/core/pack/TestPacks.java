package dev.crossroads.core.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test packs: {@code packs/minimal} (valid) and the malformed catalogue {@code packs/malformed/NAME},
 * each of which holds only the files that differ from the minimal pack plus {@code expect.txt}, the
 * problems a user must see (one per line, each a prefix or fragment of a reported problem).
 */
public final class TestPacks {
    private TestPacks() {}

    private static Path extracted;

    /**
     * The folder holding {@code minimal/} and {@code malformed/}. Inside a jar (the core test-jar used by other
     * modules) the packs are first copied out to a temporary folder.
     */
    public static synchronized Path resources() {
        try {
            java.net.URI uri =
                    TestPacks.class.getResource("/packs/minimal/pack.yaml").toURI();
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri).getParent().getParent();
            }
            if (extracted == null) {
                Path target = Files.createTempDirectory("crossroads-testpacks");
                try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
                    copyTree(fs.getPath("/packs"), target);
                }
                extracted = target;
            }
            return extracted;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the test packs: " + e.getMessage(), e);
        }
    }

    public static Path minimal() {
        return resources().resolve("minimal");
    }

    public static List<String> malformedNames() {
        try (Stream<Path> s = Files.list(resources().resolve("malformed"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal pack with the malformed case's files laid over it, in {@code target}. */
    public static Path materialise(String name, Path target) throws IOException {
        copyTree(minimal(), target);
        Path overlay = resources().resolve("malformed").resolve(name);
        copyTree(overlay, target);
        Files.deleteIfExists(target.resolve("expect.txt"));
        return target;
    }

    public static List<String> expected(String name) throws IOException {
        return Files.readAllLines(resources().resolve("malformed").resolve(name).resolve("expect.txt")).stream()
                .filter(l -> !l.isBlank())
                .toList();
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
