package org.handouts.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A body part that can touch the floor, carry a prop or be followed by the movement arrow. A
 * plural name ({@code feet}) stands for both sides.
 */
public enum Part {
    HEAD("head", null), UPPER_BACK("upper-back", null), LOWER_BACK("lower-back", null), PELVIS("pelvis", null),
    LEFT_SHOULDER("left-shoulder", "shoulders"), RIGHT_SHOULDER("right-shoulder", "shoulders"),
    LEFT_UPPER_ARM("left-upper-arm", "upper-arms"), RIGHT_UPPER_ARM("right-upper-arm", "upper-arms"),
    LEFT_ELBOW("left-elbow", "elbows"), RIGHT_ELBOW("right-elbow", "elbows"),
    LEFT_FOREARM("left-forearm", "forearms"), RIGHT_FOREARM("right-forearm", "forearms"),
    LEFT_HAND("left-hand", "hands"), RIGHT_HAND("right-hand", "hands"),
    LEFT_THIGH("left-thigh", "thighs"), RIGHT_THIGH("right-thigh", "thighs"),
    LEFT_KNEE("left-knee", "knees"), RIGHT_KNEE("right-knee", "knees"),
    LEFT_SHIN("left-shin", "shins"), RIGHT_SHIN("right-shin", "shins"),
    LEFT_FOOT("left-foot", "feet"), RIGHT_FOOT("right-foot", "feet"),
    LEFT_HEEL("left-heel", "heels"), RIGHT_HEEL("right-heel", "heels"),
    LEFT_TOES("left-toes", "toes"), RIGHT_TOES("right-toes", "toes");

    private final String key;
    private final String plural;

    Part(String key, String plural) {
        this.key = key;
        this.plural = plural;
    }

    public String key() {
        return key;
    }

    boolean isLeft() {
        return key.startsWith("left-");
    }

    /** The same part on the other side, or itself for a part in the middle. */
    Part mirror() {
        if (plural == null) return this;
        for (Part p : values()) if (p != this && plural.equals(p.plural)) return p;
        return this;
    }

    private static final Map<String, List<Part>> BY_NAME;

    static {
        Map<String, List<Part>> names = new LinkedHashMap<>();
        for (Part p : values()) names.put(p.key, List.of(p));
        for (Part p : values()) {
            if (p.plural != null && !names.containsKey(p.plural)) {
                List<Part> both = new ArrayList<>();
                for (Part q : values()) if (p.plural.equals(q.plural)) both.add(q);
                names.put(p.plural, List.copyOf(both));
            }
        }
        BY_NAME = Collections.unmodifiableMap(names);
    }

    /** The parts a name stands for: one ({@code left-foot}) or both sides ({@code feet}). */
    public static Optional<List<Part>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every name pose data may use for a part. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
