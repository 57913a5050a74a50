package dev.crossroads.energy.gaslib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The GasLib parsers on text and streams (opening files is the callers' job: bench's GasLibFiles). */
class GasLibImportTest {
    static final String NET = """
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

    @Test
    void readsXmlTextAndAZipStream() throws Exception {
        assertThat(GasLibImport.isXml(NET)).isTrue();
        assertThat(GasLibImport.readXml("tiny", NET, null, 2025).nodes()).hasSize(3);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            z.putNextEntry(new ZipEntry("tiny.net"));
            z.write(NET.getBytes(StandardCharsets.UTF_8));
        }
        GasNetwork zipped = GasLibImport.readZip("tiny.zip", "tiny", new ByteArrayInputStream(buf.toByteArray()), 2025);
        assertThat(zipped.nodes()).hasSize(3);
        assertThatThrownBy(() -> GasLibImport.readZip(
                        "junk.zip",
                        "junk",
                        new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)),
                        2025))
                .isInstanceOf(EnergyException.class)
                .hasMessage("junk.zip holds no .net file");
    }

    @Test
    void readsAMorgenEdgeListThroughTheCsvReader() {
        String net = "# morgen edge list\nP,1,2,50000,1.1,0,0.00001\nV,2,3,\nS,3,4\n";
        GasNetwork g = GasLibImport.readMorgen("tiny", net, "uq = 100\n", 2025);
        assertThat(GasLibImport.isXml(net)).isFalse();
        assertThat(g.nodes()).hasSize(4);
        assertThat(g.sources())
                .singleElement()
                .satisfies(s -> assertThat(s.node()).isEqualTo("n1"));
        assertThat(g.sinks())
                .singleElement()
                .satisfies(s -> assertThat(s.node()).isEqualTo("n4"));
        assertThatThrownBy(() -> GasLibImport.readMorgen("tiny", "P,1\n", "", 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessage("tiny.net:1: expected type,from,to[,length,diameter,height,roughness], got 'P,1'");
        assertThatThrownBy(() -> GasLibImport.readMorgen("tiny", "# x\nP,1,2\n", "", 2025))
                .hasMessage("tiny.net: pipe 1 needs type,from,to,length,diameter");
    }
}
