package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Requirements.defaultPack(PACK);
        Requirements.assume(Files.isRegularFile(CORPUS), "the corpus " + CORPUS, Requirements.DEFAULT_PACK_HOW);
        db = "jdbc:sqlite:" + dir.resolve("r.db");
        CliRun r = CliRun.of("ingest", CORPUS.toString(), "--db", db, "--pack", PACK.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void timelineShowsTheExtractedEventsOf2025WithTheirSentences() {
        CliRun r = CliRun.of(
                "relations",
                "timeline",
                "AZE",
                "SYR",
                "--from",
                "2025-01-01",
                "--to",
                "2025-12-31",
                "--db",
                db,
                "--pack",
                PACK.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("AZE-SYR")
                .contains("2025-07-12")
                .contains("Azerbaijan's foreign ministry backs Syria's territorial integrity")
                // the corpus paraphrase of that statement ("backed", CAMEO 051 like the pack's row) is the same
                // happening, so it is not listed again (RelationsEngine.withoutDuplicates)
                .doesNotContain("The Azerbaijani foreign ministry backed")
                .contains("SOCAR and the Syrian government sign")
                .contains("extracted")
                .contains("curated");
    }

    @Test
    void mediatorsForSyriaAndIsraelShowEvidence() {
        CliRun r = CliRun.of("mediators", "SYR", "ISR", "--at", "2025-08-01", "--db", db, "--pack", PACK.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("priorMediation").contains("reach").contains("bias");
        assertThat(r.out().lines().filter(l -> l.matches("1\\. [A-Z]{3} .*")).findFirst())
                .isPresent();
    }

    @Test
    void graphBalanceAndStructureRun() {
        assertThat(CliRun.of(
                                "relations",
                                "graph",
                                "--at",
                                "2025-08-01",
                                "--format",
                                "json",
                                "--db",
                                db,
                                "--pack",
                                PACK.toString())
                        .out())
                .contains("\"edges\"");
        CliRun b = CliRun.of(
                "relations",
                "balance",
                "AZE",
                "--at",
                "2025-12-31",
                "--since",
                "2024-12-01",
                "--db",
                db,
                "--pack",
                PACK.toString());
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out()).contains("TUR").contains("SYR").contains("ISR");
        CliRun s = CliRun.of(
                "relations",
                "structure",
                "--at",
                "2025-12-31",
                "--since",
                "2024-12-01",
                "--db",
                db,
                "--pack",
                PACK.toString());
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.out()).contains("frustration index").contains("triads changed since 2024-12-01");
    }

    @Test
    void unknownStateIsAUserError() {
        CliRun r = CliRun.of("relations", "timeline", "AZE", "XYZ", "--db", db, "--pack", PACK.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no relations known for XYZ");
    }

    @Test
    void tieEligibilityAndAuditReadTiesAgainstThePack() {
        CliRun t = CliRun.of(
                "relations", "tie", "AZE", "GEO", "TUR", "--at", "2025-08-01", "--db", db, "--pack", PACK.toString());
        assertThat(t.exitCode()).as(t.err()).isZero();
        assertThat(t.out()).contains("hostile at or below -5.0").contains("GEO").contains("friendly");
        CliRun e =
                CliRun.of("relations", "eligible", "SYR", "--at", "2025-08-01", "--db", db, "--pack", PACK.toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(e.out()).contains("azerbaijan").contains("eligible");
        CliRun a = CliRun.of("relations", "audit", "AZE", "--at", "2025-08-01", "--db", db, "--pack", PACK.toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(a.out())
                .contains("disagreements between the model and the sources")
                .contains("order: the sources put AZE-TUR");
        // before the treaty was initialled, AZE-ARM reads in the hostile era
        CliRun arm = CliRun.of(
                "relations", "tie", "AZE", "ARM", "--at", "2025-08-01", "--format", "json", "--pack", PACK.toString());
        assertThat(arm.out()).contains("\"baselineKind\" : \"hostile\"");
    }

    @Test
    void theUnconfirmedWeightIsTheUsersAndEvidenceShowsConfidence() {
        CliRun r = CliRun.of("mediators", "SYR", "ISR", "--at", "2025-08-01", "--top", "1", "--pack", PACK.toString());
        assertThat(r.out()).contains("[curated, unconfirmed, weight 0.50]").contains("[curated, reported]");
        CliRun one = CliRun.of(
                "mediators",
                "SYR",
                "ISR",
                "--at",
                "2025-08-01",
                "--top",
                "1",
                "--unconfirmed-weight",
                "1",
                "--pack",
                PACK.toString());
        assertThat(one.out()).doesNotContain("weight 0.50").contains("[curated, unconfirmed]");
        assertThat(CliRun.of("mediators", "SYR", "ISR", "--unconfirmed-weight", "2", "--pack", PACK.toString())
                        .err())
                .contains("--unconfirmed-weight must lie in [0, 1]");
    }
}
