package dev.crossroads.energy.gaslib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import dev.crossroads.core.input.InputText;
import dev.crossroads.energy.EnergyException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    void xmlNetwork(@ForAll("xml") byte[] bytes) {
        check(() -> {
            String text = InputText.decode("fuzz.net", bytes);
            return GasLibImport.isXml(text)
                    ? GasLibImport.readXml("fuzz", text, null, 2025)
                    : GasLibImport.readMorgen("fuzz", text, "", 2025);
        });
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
    void zipArchive(@ForAll("zip") byte[] bytes) {
        check(() -> GasLibImport.readZip("fuzz.zip", "fuzz", new ByteArrayInputStream(bytes), 2025));
    }

    interface Parse {
        Object run() throws IOException;
    }

    /** Parsing ends in a network or a one-line error (an input problem, a bad number), nothing else. */
    static void check(Parse parse) {
        try {
            parse.run();
        } catch (IOException e) {
            throw new AssertionError("a stream in memory cannot fail to read", e);
        } catch (EnergyException | IllegalArgumentException e) {
            assertThat(Mutations.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        }
    }
}
