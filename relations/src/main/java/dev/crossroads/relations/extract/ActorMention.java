package dev.crossroads.relations.extract;

import java.util.Optional;

/**
 * An actor recognised in a sentence: its code (ISO 3166-1 alpha-3 of a state, or {@code IGO}, {@code NGO},
 * {@code IMG} for organisations and international militant groups), its sector ({@code GOV}, {@code MIL},
 * ...), the pack actor it resolves to when the text names an office or a person ("the Syrian president"
 * at the article's date), the text and its character offsets {@code [start, end)} in the sentence.
 */
public record ActorMention(
        String code, Optional<String> sector, Optional<String> actorId, String text, int start, int end) {
    public ActorMention {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("actor code must be three upper-case letters, got " + code);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Whether the code names a state (not an organisation or a militant group). */
    public boolean isState() {
        return Gazetteer.isStateCode(code);
    }
}
