package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: pack input that was silently wrong, or whose errors did not name the file at fault. */
class PackInputHardeningTest {
    @TempDir
    Path tmp;

    Path pack() throws Exception {
        Path dir = tmp.resolve("pack");
        TestPacks.copyTree(TestPacks.minimal(), dir);
        return dir;
    }

    static List<String> errors(Path dir) {
        PackLoader.Validation v = PackLoader.validate(dir);
        assertThat(v.ok()).isFalse();
        return v.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void anImpossibleAsOfDateIsRefusedNotRolledOver() throws Exception {
        Path dir = pack();
        Path yaml = dir.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("asOf: 2025-12-31", "asOf: 2025-02-30"));
        assertThat(errors(dir))
                .anySatisfy(e -> assertThat(e).contains("pack.yaml:3").contains("asOf '2025-02-30' is not a date"));
    }

    @Test
    void aValidUnquotedAsOfStillLoads() throws Exception {
        assertThat(PackLoader.load(pack()).meta().asOf()).hasToString("2025-12-31");
    }

    @Test
    void anOptionalFileThatIsAFolderIsNamed() throws Exception {
        Path dir = pack();
        Files.delete(dir.resolve("gas/nodes.csv"));
        Files.createDirectory(dir.resolve("gas/nodes.csv"));
        assertThat(errors(dir))
                .anySatisfy(e -> assertThat(e).startsWith("gas/nodes.csv: ").contains("is not a regular file"));
    }

    @Test
    void anAbsentOptionalFileIsNamedBesideTheUnknownIdsItCauses() throws Exception {
        Path dir = pack();
        Files.delete(dir.resolve("gas/nodes.csv"));
        assertThat(errors(dir))
                .anySatisfy(e -> assertThat(e).startsWith("gas/nodes.csv: ").contains("is absent"));
    }

    @Test
    void aBadByteIsReportedAtItsLineAndColumn() throws Exception {
        Path dir = pack();
        Path csv = dir.resolve("relations.csv");
        List<String> lines = Files.readAllLines(csv);
        byte[] head = (lines.get(0) + "\n" + lines.get(1) + "\nab").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(csv, bytes);
        assertThat(errors(dir))
                .anySatisfy(e -> assertThat(e).startsWith("relations.csv:3:3: ").contains("not UTF-8"));
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path dir = pack();
        Path csv = dir.resolve("sources.csv");
        Files.writeString(csv, "\uFEFF" + Files.readString(csv));
        assertThat(PackLoader.validate(dir).ok()).isTrue();
    }
}
