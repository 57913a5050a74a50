package dev.crossroads.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.Confidence;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportFormat;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One happening reported by several datasets is one ledger event, weighed by how many sources report it. */
class ImportedHappeningsTest {
    @TempDir
    Path dir;

    Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/crossroads/app/imports/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void rowsOfTwoDatasetsAboutOneVisitAreOneReportedEventWithEveryReport() throws IOException {
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("h.db"))) {
            new EventImport(store, ImportFormat.GDELT, ImportFilter.ALL, false)
                    .run(List.of(file("gdelt-events.csv"), file("gdelt-mentions.csv")), o -> {});
            new EventImport(store, ImportFormat.ICEWS, ImportFilter.ALL, false)
                    .run(List.of(file("icews-good.tab")), o -> {});
            List<LedgerEvent> ledger = RelationsEvents.storedImported(store, 0.5);
            // GDELT: visit, talks, strike (the clash has no second state); ICEWS: the same visit, a mediation
            assertThat(ledger).hasSize(4);
            LedgerEvent visit = ledger.stream()
                    .filter(e -> e.between("AZE", "SYR") && e.date().equals(LocalDate.of(2025, 7, 12)))
                    .findFirst()
                    .orElseThrow();
            assertThat(visit.origin()).isEqualTo(LedgerEvent.Origin.IMPORTED);
            assertThat(visit.confidence()).isEqualTo(Confidence.REPORTED);
            assertThat(visit.weight()).isEqualTo(1.0);
            assertThat(visit.cameo()).isEqualTo("043");
            // two dataset rows and two GDELT mentions
            assertThat(visit.reports()).hasSize(4);
            assertThat(visit.text()).contains("reported, 2 rows from gdelt, icews; 5 independent sources, 15 mentions");
            assertThat(visit.provenance()).contains("dataset gdelt row 1100000001", "dataset icews row 30001-20250712");

            LedgerEvent mediation = ledger.stream()
                    .filter(e -> e.between("AZE", "ISR"))
                    .findFirst()
                    .orElseThrow();
            assertThat(mediation.confidence()).isEqualTo(Confidence.UNCONFIRMED);
            assertThat(mediation.weight()).isEqualTo(0.5);
            assertThat(mediation.text()).contains("unconfirmed, 1 row from icews; 1 independent source");
        }
    }

    @Test
    void aScopedReadGivesTheSameLedgerEventsForItsDyadsAsReadingEverything() throws IOException {
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("s.db"))) {
            new EventImport(store, ImportFormat.GDELT, ImportFilter.ALL, false)
                    .run(List.of(file("gdelt-events.csv"), file("gdelt-mentions.csv")), o -> {});
            new EventImport(store, ImportFormat.ICEWS, ImportFilter.ALL, false)
                    .run(List.of(file("icews-good.tab")), o -> {});
            new EventImport(store, ImportFormat.POLECAT, ImportFilter.ALL, false)
                    .run(List.of(file("polecat-good.tsv")), o -> {});
            java.util.Set<String> states = java.util.Set.of("AZE", "SYR");
            List<LedgerEvent> all = RelationsEvents.storedReported(store);
            List<LedgerEvent> scoped =
                    RelationsEvents.storedReported(store, dev.crossroads.store.EventRepository.Scope.between(states));

            List<LedgerEvent> expected = all.stream()
                    .filter(e -> states.contains(e.actor1()) && states.contains(e.actor2()))
                    .toList();
            assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
            assertThat(scoped)
                    .usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
