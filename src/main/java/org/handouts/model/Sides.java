package org.handouts.model;

/** How an exercise uses the two sides of the body. */
public enum Sides implements Keyed {
    /** Both sides move together (or the exercise has no side). */
    BOTH("both"),
    /** Switch side on every repetition. */
    ALTERNATING("alternating"),
    /** Do the whole dose on one side, then on the other. */
    EACH("each");

    private final String key;

    Sides(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
