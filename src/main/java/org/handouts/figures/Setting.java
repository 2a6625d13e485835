package org.handouts.figures;

import java.util.Objects;

/** One angle of a pose: how far {@code joint} moves in one {@code movement}, in degrees. */
public record Setting(Joint joint, Joint.Movement movement, double degrees) {
    public Setting {
        Objects.requireNonNull(joint);
        Objects.requireNonNull(movement);
        if (joint.range(movement).isEmpty()) {
            throw new IllegalArgumentException(joint.key() + " cannot " + movement.key());
        }
        if (!Double.isFinite(degrees)) throw new IllegalArgumentException("not an angle: " + degrees);
    }

    /** Whether the angle lies within the joint's anatomical range. */
    public boolean isWithinRange() {
        return joint.range(movement).orElseThrow().contains(degrees);
    }
}
