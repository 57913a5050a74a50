package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code crossroads import} on a temporary SQLite file. */
class ImportCommandTest extends ImportCommandContract {
    @Override
    String newDatabaseUrl() {
        return "jdbc:sqlite:" + dir.resolve("import.db");
    }

    @Test
    void jsonOutputGivesEachFilesCounts() throws Exception {
        CliRun run = CliRun.of("import", "icews", file("icews-good.tab").toString(), "--db", db, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String json = run.out().replaceAll("\\s+", "");
        assertThat(json)
                .contains("\"format\":\"ICEWS\"")
                .contains("\"kind\":\"events\"")
                .contains("\"added\":2")
                .contains("\"filtered\":1");
    }

    @Test
    void importedEventsAreListedWithTheirDatasetRow() throws Exception {
        CliRun.of("import", "polecat", file("polecat-good.tsv").toString(), "--db", db);
        CliRun events = CliRun.of("events", "--actor", "AZE", "--db", db, "--format", "csv");
        assertThat(events.exitCode()).as(events.err()).isZero();
        assertThat(events.out())
                .contains("imported")
                .contains("[polecat 20250712-0001, 1 sources, 1 mentions, mediator AZE]");
    }
}
