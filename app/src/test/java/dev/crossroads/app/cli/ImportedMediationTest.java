package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.app.service.RelationsEvents;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.relations.mediation.Component;
import dev.crossroads.relations.mediation.MediatorScore;
import dev.crossroads.store.Store;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported third-party consultation (POLECAT: AZE between TUR and ISR) is cited by the mediator ranking. */
class ImportedMediationTest {
    @TempDir
    Path dir;

    @Test
    void theMediatorRankingCitesAnImportedMediation() throws Exception {
        Path file = dir.resolve("polecat.tsv");
        try (InputStream in = getClass().getResourceAsStream("/dev/crossroads/app/imports/polecat-good.tsv")) {
            Files.write(file, in.readAllBytes());
        }
        String db = "jdbc:sqlite:" + dir.resolve("m.db");
        CliRun run = CliRun.of("import", "polecat", file.toString(), "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        RegionPack pack = PackOption.load(PackOption.defaultPack());
        List<LedgerEvent> reported;
        try (Store store = Store.open(db)) {
            reported = RelationsEvents.storedReported(store);
        }
        RelationsEngine engine = RelationsEngine.of(pack, reported, RelationsEngine.Settings.DEFAULT);
        MediatorScore aze = engine.mediators("TUR", "ISR", LocalDate.of(2025, 8, 1)).ranking().stream()
                .filter(s -> s.state().equals("AZE"))
                .findFirst()
                .orElseThrow();
        Component prior = aze.components().stream()
                .filter(c -> c.name().equals("priorMediation"))
                .findFirst()
                .orElseThrow();
        assertThat(prior.evidence()).anySatisfy(e -> {
            assertThat(e.origin()).isEqualTo(LedgerEvent.Origin.IMPORTED);
            assertThat(e.mediator()).contains("AZE");
            assertThat(e.between("TUR", "ISR")).isTrue();
            assertThat(e.provenance()).contains("dataset polecat row 20250712-0001");
        });
    }
}
