package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadContextTest {
    @TempDir
    Path tmp;

    @Test
    void anAbsentOptionalFileGivesNoRowsAndIsRemembered() {
        PackDir d = new PackDir(tmp);
        LoadContext ctx = d.context();
        assertThat(ctx.read("gas/fields.csv", r -> Optional.of(r.text("id")))).isEmpty();
        assertThat(ctx.absentOptional()).containsExactly("gas/fields.csv");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void anAbsentRequiredFileIsAnError() {
        PackDir d = new PackDir(tmp);
        assertThat(d.context().read("countries.csv", r -> Optional.of(r.text("iso3"))))
                .isEmpty();
        assertThat(d.problems())
                .containsExactly("countries.csv: countries.csv is missing: every pack needs it (see packs/FORMAT.md)");
    }

    @Test
    void aFolderInPlaceOfAFileIsNeverRead() throws Exception {
        Files.createDirectories(tmp.resolve("countries.csv"));
        PackDir d = new PackDir(tmp);
        assertThat(d.context().read("countries.csv", r -> Optional.of(r.text("iso3"))))
                .isEmpty();
        assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p).contains("is not a regular file"));
    }

    @Test
    void rowsKeepTheirOriginAndProvenanceAndFailedRowsTheirKeys() throws Exception {
        PackDir d = new PackDir(tmp)
                .with(
                        "gas/fields.csv",
                        "id,name,country,node,source,confidence,note\n"
                                + "fa,A,AAA,n,s1,reported,\n"
                                + "fb,B,AAA,n,,guessed,\n");
        LoadContext ctx = d.context();
        var ids = ctx.read("gas/fields.csv", r -> {
            var p = r.provenance();
            return r.build(() -> r.text("id") + "/" + p.sourceIds());
        });
        assertThat(ids).containsExactly("fa/[s1]");
        assertThat(ctx.origin("fa/[s1]").line()).isEqualTo(2);
        assertThat(ctx.provenances().get("fa/[s1]").sourceIds()).containsExactly("s1");
        assertThat(ctx.broken("gas/fields.csv", "fb")).isTrue();
        assertThat(ctx.broken("gas/fields.csv", "fa")).isFalse();
        assertThat(d.problems())
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("gas/fields.csv:3:6: 'guessed'"));
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheSpreadsheetHint() throws Exception {
        Files.write(tmp.resolve("sources.csv"), new byte[] {'i', 'd', ',', (byte) 0xE9, '\n'});
        PackDir d = new PackDir(tmp);
        assertThat(d.context().read("sources.csv", r -> Optional.of(r.text("id"))))
                .isEmpty();
        assertThat(d.problems())
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("sources.csv:1").contains("(CSV UTF-8 in a spreadsheet)"));
    }
}
