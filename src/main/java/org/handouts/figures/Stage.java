package org.handouts.figures;

import java.util.Optional;

/** Which picture of an exercise: where it starts, an optional halfway point, where it ends. */
public enum Stage {
    START("start", "Start"), MIDDLE("middle", "Middle"), END("end", "End");

    private final String key;
    private final String label;

    Stage(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** "Start", for captions. */
    public String label() {
        return label;
    }

    public static Optional<Stage> find(String key) {
        for (Stage s : values()) if (s.key.equals(key)) return Optional.of(s);
        return Optional.empty();
    }
}
