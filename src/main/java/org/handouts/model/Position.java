package org.handouts.model;

/** The body position an exercise starts in; routines group exercises by it. */
public enum Position implements Keyed {
    LYING_ON_BACK("lying-on-back", "Lying on your back"),
    LYING_ON_FRONT("lying-on-front", "Lying on your front"),
    SIDE_LYING("side-lying", "Lying on your side"),
    ALL_FOURS("all-fours", "On hands and knees"),
    KNEELING("kneeling", "Kneeling"),
    SITTING("sitting", "Sitting"),
    STANDING("standing", "Standing");

    private final String key;
    private final String label;

    Position(String key, String label) {
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
