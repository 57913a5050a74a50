package dev.crossroads.bench.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.core.input.Limits;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening GasLib files (net, XML with scenario, zip) and the errors that name them. */
class GasLibFilesTest {
    private static final String NET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://gaslib.zib.de/Gas" xmlns:framework="http://gaslib.zib.de/Framework">
              <framework:nodes>
                <source id="s1"><flowMax value="100" unit="1000m_cube_per_hour"/></source>
                <innode id="n1"/>
                <sink id="t1"><flowMax value="80" unit="1000m_cube_per_hour"/></sink>
              </framework:nodes>
              <framework:connections>
                <pipe id="p1" from="s1" to="n1"><length value="10" unit="km"/><diameter value="500" unit="mm"/></pipe>
                <valve id="v1" from="n1" to="t1"/>
              </framework:connections>
            </network>
            """;

    @TempDir
    Path dir;

    @Test
    void readsANetworkFromXmlAndFromAZip() throws Exception {
        Path net = dir.resolve("tiny.net");
        Files.writeString(net, NET, StandardCharsets.UTF_8);
        GasNetwork a = GasLibFiles.read(net, 2025);
        assertThat(a.nodes()).hasSize(3);
        Path zip = dir.resolve("tiny.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("tiny.net"));
            z.write(NET.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(GasLibFiles.read(zip, 2025).nodes()).hasSize(3);
    }

    /** Issue 14: a 2.2 MB zip holding a 2.2 GB entry ended in an OutOfMemoryError. The entry is read up to the cap. */
    @Test
    void aZipEntryAboveTheByteLimitIsRefusedWithoutReadingIt() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("bomb.net"));
            OutputStream out = z;
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 32; i++) { // 2 MiB of zeros, a few KiB compressed
                out.write(zeros);
            }
        }
        String before = System.getProperty(Limits.property(Limits.FILE_BYTES));
        System.setProperty(Limits.property(Limits.FILE_BYTES), Integer.toString(1 << 20));
        try {
            assertThatThrownBy(() -> GasLibFiles.read(zip, 2025))
                    .isInstanceOf(EnergyException.class)
                    .hasMessage(zip + "!bomb.net: larger than allowed (more than 1.0 MiB); the limit is 1,048,576; "
                            + "set -Dcrossroads.limit.fileBytes=N (in JAVA_OPTS) to change it");
        } finally {
            if (before == null) {
                System.clearProperty(Limits.property(Limits.FILE_BYTES));
            } else {
                System.setProperty(Limits.property(Limits.FILE_BYTES), before);
            }
        }
    }

    @Test
    void brokenNetworksAreOneLineErrorsNamingTheFile() throws Exception {
        Path net = dir.resolve("bad.net");
        Files.writeString(net, NET.replace("<framework:connections>", "").replace("</framework:connections>", ""));
        assertThatThrownBy(() -> GasLibFiles.read(net, 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessageContaining("has no <framework:connections>");
        Files.writeString(net, NET.replace("value=\"10\"", "value=\"ten\""));
        assertThatThrownBy(() -> GasLibFiles.read(net, 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessageStartingWith(net + ": not a GasLib network");
        Files.write(net, new byte[] {'<', 'a', '>', '\n', (byte) 0xFE, '\n'});
        assertThatThrownBy(() -> GasLibFiles.read(net, 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessage(net + ":2:1: is not UTF-8 (byte 0xFE); save the file as UTF-8");
        // found by the long fuzzing run: the XML parser quoted the input, line break included
        Files.writeString(net, "<?xml version=\"1?>\n<network>\n</network>\n");
        assertThatThrownBy(() -> GasLibFiles.read(net, 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessageStartingWith("cannot parse bad.net as GasLib XML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path zip = dir.resolve("junk.zip");
        Files.writeString(zip, "not a zip at all");
        assertThatThrownBy(() -> GasLibFiles.read(zip, 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessageContaining("holds no .net file");
        Files.writeString(net, "P,1,2\n");
        assertThatThrownBy(() -> GasLibFiles.read(net, 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessageContaining("pipe 1 needs type,from,to,length,diameter");
    }
}
