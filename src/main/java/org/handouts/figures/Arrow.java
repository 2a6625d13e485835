package org.handouts.figures;

import java.util.Objects;

/**
 * The movement arrow: it traces the path {@code follow} takes from the start pose to the end pose
 * (through the middle one, if any), drawn on the {@code on} picture, shifted by (dx, dy) figure
 * units (right and up) so it clears the body. Curved follows the real path; straight joins its ends.
 */
public record Arrow(Part follow, boolean curved, Stage on, double dx, double dy) {
    public Arrow {
        Objects.requireNonNull(follow);
        Objects.requireNonNull(on);
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) throw new IllegalArgumentException("offset must be finite");
    }
}
