package dev.crossroads.energy.gaslib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import dev.crossroads.energy.EnergyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the GasLib import: XML text and zip bytes end in a network or a one-line error, never anything else. */
class GasLibFuzzTest {
    @Provide
    Arbitrary<byte[]> xml() {
        return Mutations.bytesOf(GasLibImportTest.NET);
    }

    @Property(seed = "14")
    void xmlNetwork(@ForAll("xml") byte[] bytes) throws IOException {
        Path f = Files.createTempFile("fuzz", ".net");
        try {
            Files.write(f, bytes);
            check(f);
        } finally {
            Files.delete(f);
        }
    }

    @Provide
    Arbitrary<byte[]> zip() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            z.putNextEntry(new ZipEntry("tiny.net"));
            z.write(GasLibImportTest.NET.getBytes(StandardCharsets.UTF_8));
        }
        // mutate the archive's bytes as text would be mutated: through ISO-8859-1, one char per byte
        return Mutations.of(new String(buf.toByteArray(), StandardCharsets.ISO_8859_1))
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Property(seed = "14")
    void zipArchive(@ForAll("zip") byte[] bytes) throws IOException {
        Path f = Files.createTempFile("fuzz", ".zip");
        try {
            Files.write(f, bytes);
            check(f);
        } finally {
            Files.delete(f);
        }
    }

    static void check(Path f) {
        try {
            GasLibImport.read(f, 2025);
        } catch (EnergyException | IllegalArgumentException e) {
            assertThat(Mutations.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        }
    }
}
