package org.handouts.figures;

import java.util.Optional;

/**
 * Where the figure is seen from. Lying postures put the head on the left and the feet on the
 * right; a standing figure faces right.
 */
public enum View {
    /** From the figure's right side: the right limbs are near, the left ones far and lighter. */
    SIDE("side"),
    /** From in front of a standing figure; for a lying figure, from beyond its feet (knee rolls). */
    FRONT("front"),
    /** From behind a standing figure; for a lying figure, from beyond its head (side-lying arm openings). */
    BACK("back"),
    /** From the ceiling, looking down; a lying figure's head is on the left. */
    TOP("top");

    private final String key;

    View(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<View> find(String key) {
        for (View v : values()) if (v.key.equals(key)) return Optional.of(v);
        return Optional.empty();
    }

    /** Whether the floor is seen edge-on, as a line under the figure. */
    boolean showsFloorLine() {
        return this != TOP;
    }

    /** Screen x (right), screen y (up) and depth (towards the viewer) of a world point. */
    double[] project(Vec p) {
        return switch (this) {
            case SIDE -> new double[] {p.x(), p.y(), p.z()};
            case FRONT -> new double[] {-p.z(), p.y(), p.x()};
            case BACK -> new double[] {p.z(), p.y(), -p.x()};
            case TOP -> new double[] {p.x(), -p.z(), p.y()};
        };
    }
}
