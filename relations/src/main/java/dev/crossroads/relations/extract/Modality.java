package dev.crossroads.relations.extract;

/**
 * How a sentence states an event, and how much the event then counts in the ledger. A negated event
 * ("did not attend") is kept for the record but weighs nothing; a hypothetical ("could further cement")
 * a quarter, an announced future act ("will visit") half.
 */
public enum Modality {
    ASSERTED(1.0),
    NEGATED(0.0),
    HYPOTHETICAL(0.25),
    FUTURE(0.5);

    private final double weight;

    Modality(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
