package dev.crossroads.bench.psplib;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a PSPLIB file is the bench's job (the reader in rebuild parses lines): errors name the file. */
class PsplibBenchReadTest {
    @Test
    void aBinaryOrTruncatedFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.sm");
        byte[] head = ("*****\nprojects :  1\njobs (incl. supersource/sink ):  6\nhorizon :  20\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        Files.write(f, bytes);
        assertThatThrownBy(() -> PsplibBench.read(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ":5:1: is not UTF-8 (byte 0xFF); save the file as UTF-8");
        Files.write(f, head);
        assertThatThrownBy(() -> PsplibBench.read(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PSPLIB single-mode file");
        assertThatThrownBy(() -> PsplibBench.read(dir.resolve("none.sm"))).hasMessageContaining("no such file");
    }
}
