package dev.crossroads.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile variants of a valid input for the fuzzing properties: a few edits drawn from what breaks parsers (huge,
 * negative and non-finite numbers, separators, quotes, NUL, byte order marks, cut lines, repeated lines, binary
 * bytes). Starting from a valid input keeps most variants deep enough to reach the parser's later checks.
 *
 * <p>The fuzzing properties run seeded with a small number of tries in {@code mvn verify} (core's test
 * {@code junit-platform.properties}, on the test class path of every module using core's test-jar, sets
 * {@code jqwik.tries.default}); the long run passes a larger
 * {@code -Djqwik.tries.default=N} (see bench/README.md).
 */
public final class Mutations {
    private Mutations() {}

    static final List<String> TOKENS = List.of(
            "",
            " ",
            "-1",
            "0",
            "-0",
            "1",
            "2147483647",
            "2147483648",
            "-2147483648",
            "99999999999999999999",
            "1e308",
            "-1e308",
            "NaN",
            "Infinity",
            "-Infinity",
            "0x10",
            "1,5",
            "1.5.5",
            "\u0000",
            "\uFEFF",
            "\n",
            "\r\n",
            "\t",
            ",",
            ";",
            ":",
            "=",
            "\"",
            "'",
            "<",
            ">",
            "&",
            "&amp;",
            "{",
            "}",
            "[",
            "]",
            "null",
            "true",
            "é",
            "\u202E",
            "日本",
            "<!DOCTYPE x [<!ENTITY a \"b\">]>",
            "<![CDATA[x]]>",
            "2025-02-30",
            "9999-12-31",
            "0000-00-00",
            "2025-01-01garbage",
            "EOF",
            "DIMENSION : 3",
            "NODE_COORD_SECTION",
            "***",
            "#",
            "--");

    /** One edit: what, where (a fraction of the length), and a token or a count. */
    record Edit(int kind, double where, String token, int count) {}

    static Arbitrary<Edit> edits() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.oneOf(
                                Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(6)),
                        Arbitraries.integers().between(1, 40))
                .as(Edit::new);
    }

    /** {@code seed} with up to six edits applied. */
    public static Arbitrary<String> of(String seed) {
        return edits().list().ofMaxSize(6).map(list -> apply(seed, list));
    }

    /** The bytes of {@code seed} (UTF-8) with up to six edits, some of them raw bytes that are not UTF-8. */
    public static Arbitrary<byte[]> bytesOf(String seed) {
        Arbitrary<byte[]> raw = Combinators.combine(
                        of(seed),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(4))
                .as((text, where, junk) -> {
                    byte[] b = text.getBytes(StandardCharsets.UTF_8);
                    int at = (int) (where * b.length);
                    byte[] out = Arrays.copyOf(b, b.length + junk.length);
                    System.arraycopy(b, at, out, at + junk.length, b.length - at);
                    System.arraycopy(junk, 0, out, at, junk.length);
                    return out;
                });
        return Arbitraries.oneOf(of(seed).map(s -> s.getBytes(StandardCharsets.UTF_8)), raw);
    }

    static String apply(String seed, List<Edit> edits) {
        String s = seed;
        for (Edit e : edits) {
            int at = (int) (e.where() * s.length());
            switch (e.kind()) {
                case 0 -> s = s.substring(0, at) + e.token() + s.substring(at); // insert
                case 1 -> { // replace the word at the position
                    int from = at;
                    while (from > 0 && !Character.isWhitespace(s.charAt(from - 1)) && s.charAt(from - 1) != ',') {
                        from--;
                    }
                    int to = at;
                    while (to < s.length() && !Character.isWhitespace(s.charAt(to)) && s.charAt(to) != ',') {
                        to++;
                    }
                    s = s.substring(0, from) + e.token() + s.substring(to);
                }
                case 2 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + e.count())); // delete
                case 3 -> s = s.substring(0, at); // cut short
                case 4 -> { // repeat a line
                    List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                    int i = Math.min(lines.size() - 1, (int) (e.where() * lines.size()));
                    for (int k = 0; k < Math.min(e.count(), 20); k++) {
                        lines.add(i, lines.get(i));
                    }
                    s = String.join("\n", lines);
                }
                case 5 -> { // drop a line
                    List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                    lines.remove(Math.min(lines.size() - 1, (int) (e.where() * lines.size())));
                    s = String.join("\n", lines);
                }
                case 6 -> s = s.substring(0, at) + e.token().repeat(e.count()) + s.substring(at); // a run of a token
                case 7 -> s = s.substring(0, at) + "9".repeat(e.count()) + s.substring(at); // a long number
                default -> s = s.replace(",", e.token()); // another separator
            }
        }
        return s;
    }

    /** Whether a message is one line without a stack trace or an exception class name: what a user may see. */
    public static boolean oneLine(String message) {
        return message != null
                && !message.isBlank()
                && !message.contains("\n")
                && !message.contains("\tat ")
                && !message.matches(".*\\b(java|javax|org|com)\\.[a-z]+\\.[A-Za-z.]*Exception\\b.*");
    }
}
