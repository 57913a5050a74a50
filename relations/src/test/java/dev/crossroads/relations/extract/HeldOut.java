package dev.crossroads.relations.extract;

/** Prints the report of {@link DevSet} on the held-out sentences ({@code heldout-events.tsv}). */
final class HeldOut {
    private HeldOut() {}

    public static void main(String[] args) {
        DevSet.main(new String[] {"--file", "/dev/crossroads/relations/extract/heldout-events.tsv"});
    }
}
