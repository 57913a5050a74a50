package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks between files, on the minimal pack with one file changed. */
class CrossChecksTest {
    @TempDir
    Path tmp;

    private java.util.List<String> check(String file, String text) throws Exception {
        TestPacks.copyTree(TestPacks.minimal(), tmp);
        PackDir d = new PackDir(tmp).with(file, text);
        LoadContext ctx = d.context();
        PackMeta meta = ManifestReader.read(ctx);
        RelationsRows rel = RelationsRows.read(ctx);
        var gas = GasRows.read(ctx);
        var rebuild = RebuildRows.read(ctx);
        var roads = RoadRows.read(ctx);
        var power = PowerRows.read(ctx);
        CrossChecks checks = new CrossChecks(ctx);
        checks.crossCheck(meta, rel, gas, rebuild, roads);
        checks.checkPower(power, gas, rebuild);
        return d.problems();
    }

    @Test
    void theMinimalPackPassesEveryCheck() throws Exception {
        assertThat(check("extra.txt", "")).isEmpty();
    }

    @Test
    void aSourceIdMustBeDefinedInSourcesCsv() throws Exception {
        assertThat(check(
                        "gas/fields.csv",
                        "id,name,country,node,source,confidence,note\nfa,A,AAA,field-a,s9,reported,\n"))
                .contains(
                        "gas/fields.csv:2:5: source id 's9' is not defined in sources.csv: add it there or fix the id");
    }

    @Test
    void twoHoldersOfOneOfficeMayNotOverlap() throws Exception {
        assertThat(check(
                        "actors.csv",
                        "id,name,country,role,kind,start,end,aliases,source,confidence,note\n"
                                + "a1,One,CCC,president,person,2000-01-01,2010-01-01,,s1,reported,\n"
                                + "a2,Two,CCC,president,person,2009-01-01,,,s1,reported,\n"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("actors.csv:3:6: tenure of Two as president of CCC overlaps One's (line 2)"));
    }

    @Test
    void theHubMustBeACountryOfThePack() throws Exception {
        assertThat(check("pack.yaml", "name: minimal\nasOf: 2025-12-31\nhome: ZZZ\n"))
                .contains("pack.yaml: home 'ZZZ' is not a country in countries.csv");
    }
}
