package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relations commands on the default pack and the team's news corpus. */
class RelationsCommandTest {
    static final Path PACK = Path.of("..", "packs", "caucasus-levant");
    static final Path CORPUS = Path.of("..", "corpus", "caucasus-levant", "articles.jsonl");

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void ingest() {
        Assumptions.assumeTrue(Files.isRegularFile(PACK.resolve("pack.yaml")), "default pack absent at " + PACK);
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS), "corpus absent at " + CORPUS);
        db = "jdbc:sqlite:" + dir.resolve("r.db");
        CliRun r = CliRun.of("ingest", CORPUS.toString(), "--db", db, "--pack", PACK.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void timelineShowsTheExtractedEventsOf2025WithTheirSentences() {
        CliRun r = CliRun.of("relations", "timeline", "AZE", "SYR", "--from", "2025-01-01", "--to", "2025-12-31", "--db", db,
                "--pack", PACK.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("AZE-SYR").contains("2025-07-12").contains("The Azerbaijani foreign ministry backed")
                .contains("SOCAR and the Syrian government sign")
                .contains("extracted").contains("curated");
    }

    @Test
    void mediatorsForSyriaAndIsraelShowEvidence() {
        CliRun r = CliRun.of("mediators", "SYR", "ISR", "--at", "2025-08-01", "--db", db, "--pack", PACK.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("priorMediation").contains("reach").contains("bias");
        assertThat(r.out().lines().filter(l -> l.matches("1\\. [A-Z]{3} .*")).findFirst()).isPresent();
    }

    @Test
    void graphBalanceAndStructureRun() {
        assertThat(CliRun.of("relations", "graph", "--at", "2025-08-01", "--format", "json", "--db", db, "--pack", PACK.toString()).out())
                .contains("\"edges\"");
        CliRun b = CliRun.of("relations", "balance", "AZE", "--at", "2025-12-31", "--since", "2024-12-01", "--db", db, "--pack", PACK.toString());
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out()).contains("TUR").contains("SYR").contains("ISR");
        CliRun s = CliRun.of("relations", "structure", "--at", "2025-12-31", "--since", "2024-12-01", "--db", db, "--pack", PACK.toString());
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.out()).contains("frustration index").contains("triads changed since 2024-12-01");
    }

    @Test
    void unknownStateIsAUserError() {
        CliRun r = CliRun.of("relations", "timeline", "AZE", "XYZ", "--db", db, "--pack", PACK.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no relations known for XYZ");
    }
}
