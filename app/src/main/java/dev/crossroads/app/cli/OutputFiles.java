package dev.crossroads.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's output file whole or not at all: into a temporary file beside it, then moved into place. A
 * folder, an unwritable place or a bad path is a {@link UserException} naming the option and the path, never an
 * internal error.
 */
final class OutputFiles {
    private OutputFiles() {}

    /** Writes {@code data} to {@code out} (creating its folder), for the option {@code option} (e.g. "--out"). */
    static void write(String option, Path out, byte[] data) {
        if (Files.isDirectory(out)) {
            throw new UserException(
                    option + " " + out + " is a folder: give the name of a file to write (inside it, or elsewhere)", 2);
        }
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        Path tmp = null;
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            tmp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new UserException(
                    option + " " + out + ": permission denied on " + e.getFile() + ": choose a place you may write to");
        } catch (FileSystemException e) {
            String what = e instanceof java.nio.file.FileAlreadyExistsException
                            || e instanceof java.nio.file.NotDirectoryException
                    ? e.getFile() + " is a file, not a folder"
                    : e instanceof java.nio.file.NoSuchFileException
                            ? e.getFile() + " does not exist"
                            : e.getReason() != null ? e.getReason() : "the file system refused it";
            throw new UserException(option + " " + out + ": cannot write there (" + what + "): check the path");
        } catch (IOException e) {
            throw new UserException(option + " " + out + ": cannot write there: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }
}
