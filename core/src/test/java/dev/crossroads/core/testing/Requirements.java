package dev.crossroads.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside its own module: PostgreSQL, Chromium, the default pack, the public benchmark data
 * in {@code ../shared/data}. Where it is missing on a developer's machine the test is skipped with a message that
 * says how to get it; under {@code CI=true} the test fails instead, so a green CI run means that everything ran
 * ({@code .ci/run} provides all of it). Use it for every such assumption, never JUnit's {@code assumeTrue}.
 */
public final class Requirements {
    /** How to get the default pack. */
    public static final String DEFAULT_PACK_HOW =
            "run the tests from a full checkout: packs/caucasus-levant is part of the repository";

    /** How to get the public benchmark data. */
    public static final String REFERENCE_HOW = "put the public benchmark data in ../shared/data beside the checkout,"
            + " or point -Dcrossroads.reference=DIR at it";

    private Requirements() {}

    /** Whether the tests run in CI, where nothing may be skipped for want of something CI should provide. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Continues if {@code condition} holds; otherwise skips the test (fails it under {@code CI=true}) with
     * "{@code what} is missing: {@code howToGetIt}".
     */
    public static void assume(boolean condition, String what, String howToGetIt) {
        assume(inCi(), condition, what, howToGetIt);
    }

    static void assume(boolean ci, boolean condition, String what, String howToGetIt) {
        if (condition) {
            return;
        }
        String message = what + " is missing: " + howToGetIt;
        if (ci) {
            throw new AssertionError(
                    "CI=true, so this test may not be skipped: " + message + " (.ci/run must provide it)");
        }
        Assumptions.abort("skipped: " + message);
    }

    /** The default pack (packs/caucasus-levant, or {@code dir}), or a skip (a failure in CI). */
    public static Path defaultPack(Path dir) {
        assume(
                Files.isRegularFile(dir.resolve("pack.yaml")),
                "the default pack at " + dir.toAbsolutePath(),
                DEFAULT_PACK_HOW);
        return dir;
    }

    /**
     * The public benchmark data folder named by {@code -Dcrossroads.reference} (the build sets it to
     * ../shared/data), or {@code fallback}, holding {@code sub}; a skip (a failure in CI) where it is absent.
     */
    public static Path reference(String fallback, String sub) {
        Path dir = Path.of(System.getProperty("crossroads.reference", fallback));
        boolean present = Files.exists(dir.resolve(sub));
        String what = "the benchmark data " + dir.resolve(sub).toAbsolutePath();
        if (!present && referenceDeclaredAbsent()) {
            // the public data may not be copied into the repository, so a CI machine that has none says so once
            // (.ci/run prints it) and these tests skip, named, instead of failing the whole run
            Assumptions.abort("skipped: " + what + " is missing and this run declared it absent: " + REFERENCE_HOW);
        }
        assume(present, what, REFERENCE_HOW);
        return dir;
    }

    /**
     * Whether the run declared the public benchmark data absent ({@code -Dcrossroads.reference.absent=true}, set
     * by {@code .ci/run} only when {@code ../shared/data} is not beside the checkout). It may not be copied into
     * the repository, so it is the one requirement CI cannot provide itself.
     */
    static boolean referenceDeclaredAbsent() {
        return Boolean.getBoolean("crossroads.reference.absent");
    }
}
