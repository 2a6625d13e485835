package org.handouts.model;

/** The variant of a routine, printed beside its title. */
public enum Level implements Keyed {
    BEGINNER("beginner", "Beginner"),
    STANDARD("standard", "Standard"),
    STRENGTHENING("strengthening", "Strengthening");

    private final String key;
    private final String label;

    Level(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
