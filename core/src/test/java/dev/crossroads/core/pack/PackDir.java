package dev.crossroads.core.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A pack folder written file by file for a focused test of one reader. */
final class PackDir {
    private final Path dir;
    final Problems problems = new Problems();

    PackDir(Path dir) {
        this.dir = dir;
    }

    PackDir with(String file, String text) throws IOException {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return this;
    }

    LoadContext context() {
        return new LoadContext(dir, problems);
    }

    /** Every problem as {@code file:line:column: message}, sorted. */
    java.util.List<String> problems() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }
}
