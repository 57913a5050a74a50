package dev.crossroads.app.cli;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --pack DIR} option every command that reads a pack shares, with the default pack's lookup. */
public final class PackOption {
    public static final String DEFAULT_PACK = "caucasus-levant";

    @Option(
            names = "--pack",
            paramLabel = "DIR",
            description = "Region pack folder (default: packs/" + DEFAULT_PACK
                    + " of this installation, or $CROSSROADS_PACK).")
    Path pack;

    public Path dir() {
        return pack != null ? pack : defaultPack();
    }

    public RegionPack load() {
        return PackOption.load(dir());
    }

    /** Loads a pack, turning a missing folder into a message the user can act on. */
    public static RegionPack load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserException(
                    "no region pack at " + dir + ": pass --pack DIR with a folder that holds pack.yaml");
        }
        return PackLoader.load(dir);
    }

    /**
     * The default pack: $CROSSROADS_PACK, else packs/caucasus-levant under -Dcrossroads.home (set by
     * bin/crossroads), else under the current folder or one of its parents.
     */
    public static Path defaultPack() {
        String env = System.getenv("CROSSROADS_PACK");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Optional<Path> home =
                Optional.ofNullable(System.getProperty("crossroads.home")).map(Path::of);
        if (home.isPresent()) {
            return home.get().resolve("packs").resolve(DEFAULT_PACK);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("packs").resolve(DEFAULT_PACK);
            if (Files.isRegularFile(candidate.resolve("pack.yaml"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("packs", DEFAULT_PACK);
    }
}
