package org.handouts.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The joints a pose sets, each with the ways it can move and how far (degrees). The limits are
 * those of a healthy adult's active range of movement, so a pose a body cannot take is refused.
 * {@code pelvis} is special: it turns the whole figure about the hips.
 */
public enum Joint {
    PELVIS("pelvis", Side.NONE, range(-90, 90, "leans the whole body back", "forward"),
            range(-90, 90, "rolls the whole body to its left", "to its right"),
            range(-90, 90, "turns the whole body to its left", "to its right")),
    LOWER_BACK("lower-back", Side.NONE, range(-25, 60, "arches back", "rounds forward"),
            range(-20, 20, "bends to the left", "to the right"), range(-10, 10, "twists to the left", "to the right")),
    UPPER_BACK("upper-back", Side.NONE, range(-20, 45, "arches back", "rounds forward"),
            range(-20, 20, "bends to the left", "to the right"), range(-35, 35, "twists to the left", "to the right")),
    NECK("neck", Side.NONE, range(-50, 50, "tips the head back", "tucks the chin to the chest"),
            range(-40, 40, "tilts the head to the left", "to the right"), range(-70, 70, "turns the head to the left", "to the right")),
    LEFT_SHOULDER("left-shoulder", Side.LEFT, Kind.SHOULDER),
    RIGHT_SHOULDER("right-shoulder", Side.RIGHT, Kind.SHOULDER),
    LEFT_ELBOW("left-elbow", Side.LEFT, Kind.ELBOW),
    RIGHT_ELBOW("right-elbow", Side.RIGHT, Kind.ELBOW),
    LEFT_WRIST("left-wrist", Side.LEFT, Kind.WRIST),
    RIGHT_WRIST("right-wrist", Side.RIGHT, Kind.WRIST),
    LEFT_HIP("left-hip", Side.LEFT, Kind.HIP),
    RIGHT_HIP("right-hip", Side.RIGHT, Kind.HIP),
    LEFT_KNEE("left-knee", Side.LEFT, Kind.KNEE),
    RIGHT_KNEE("right-knee", Side.RIGHT, Kind.KNEE),
    LEFT_ANKLE("left-ankle", Side.LEFT, Kind.ANKLE),
    RIGHT_ANKLE("right-ankle", Side.RIGHT, Kind.ANKLE);

    /** Which side of the body a joint is on. */
    public enum Side { NONE, LEFT, RIGHT }

    /** The limb joints, whose left and right share their limits. */
    private enum Kind {
        SHOULDER("shoulders", range(-60, 180, "swings the arm back", "raises it forward and up"),
                range(-30, 180, "brings the arm across the body", "raises it out to the side"),
                range(-70, 90, "turns the arm in", "turns it out")),
        ELBOW("elbows", range(0, 150, "straight", "fully bent"), null, null),
        WRIST("wrists", range(-80, 90, "bends the palm down", "lifts the back of the hand up"), null, null),
        HIP("hips", range(-30, 130, "takes the leg back", "brings the knee up to the chest"),
                range(-30, 50, "brings the leg across", "takes it out to the side"),
                range(-45, 45, "turns the leg in", "turns it out")),
        KNEE("knees", range(0, 160, "straight", "fully bent"), null, null),
        ANKLE("ankles", range(-75, 30, "points the toes", "pulls the toes up"), null, null);

        final String plural;
        final Range bend;
        final Range side;
        final Range twist;

        Kind(String plural, Range bend, Range side, Range twist) {
            this.plural = plural;
            this.bend = bend;
            this.side = side;
            this.twist = twist;
        }
    }

    /** How far one movement of a joint may go, and what its two ends mean, for messages. */
    public record Range(double min, double max, String lowMeans, String highMeans) {
        public boolean contains(double degrees) {
            return degrees >= min && degrees <= max;
        }

        /** "-30 (takes the leg back) to 130 (brings the knee up to the chest)". */
        public String describe() {
            return format(min) + " (" + lowMeans + ") to " + format(max) + " (" + highMeans + ")";
        }
    }

    private final String key;
    private final Side side;
    private final Kind kind;
    private final Range bend;
    private final Range sideways;
    private final Range twist;

    Joint(String key, Side side, Range bend, Range sideways, Range twist) {
        this.key = key;
        this.side = side;
        this.kind = null;
        this.bend = bend;
        this.sideways = sideways;
        this.twist = twist;
    }

    Joint(String key, Side side, Kind kind) {
        this.key = key;
        this.side = side;
        this.kind = kind;
        this.bend = kind.bend;
        this.sideways = kind.side;
        this.twist = kind.twist;
    }

    private static Range range(double min, double max, String low, String high) {
        return new Range(min, max, low, high);
    }

    /** The name written in pose data, such as {@code right-knee}. */
    public String key() {
        return key;
    }

    public Side side() {
        return side;
    }

    /** The range of a movement, or empty when this joint cannot move that way (a knee cannot twist). */
    public Optional<Range> range(Movement movement) {
        return Optional.ofNullable(switch (movement) {
            case BEND -> bend;
            case SIDE -> sideways;
            case TWIST -> twist;
        });
    }

    /** The movements this joint allows, in order. */
    public List<Movement> movements() {
        return java.util.Arrays.stream(Movement.values()).filter(m -> range(m).isPresent()).toList();
    }

    /** The three ways a joint can turn. */
    public enum Movement {
        /** Forward and back (flexion and extension). */
        BEND("bend"),
        /** Out to the side and back (abduction, or bending the spine sideways). */
        SIDE("side"),
        /** About the bone's own length (rotation). */
        TWIST("twist");

        private final String key;

        Movement(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Movement> find(String key) {
            for (Movement m : values()) if (m.key.equals(key)) return Optional.of(m);
            return Optional.empty();
        }
    }

    private static final Map<String, List<Joint>> BY_NAME;

    static {
        Map<String, List<Joint>> names = new LinkedHashMap<>();
        for (Joint j : values()) names.put(j.key, List.of(j));
        for (Kind k : Kind.values()) {
            List<Joint> both = new ArrayList<>();
            for (Joint j : values()) if (j.kind == k) both.add(j);
            names.put(k.plural, List.copyOf(both));
        }
        BY_NAME = Collections.unmodifiableMap(names);
    }

    /** The joints a name stands for: one ({@code left-hip}) or both sides ({@code hips}). */
    public static Optional<List<Joint>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every name pose data may use, in a stable order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** "45" or "22.5". */
    public static String format(double degrees) {
        return degrees == Math.rint(degrees) ? String.valueOf((long) degrees) : String.valueOf(degrees);
    }
}
