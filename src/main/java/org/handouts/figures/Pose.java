package org.handouts.figures;

import java.util.List;
import java.util.Objects;

/**
 * One picture's pose: a named base posture, the angles that differ from it (applied in order,
 * later ones win), and the parts that touch the floor (empty: the posture's own).
 */
public record Pose(Posture base, List<Setting> settings, List<Part> floor) {
    public Pose {
        Objects.requireNonNull(base);
        settings = List.copyOf(settings);
        floor = List.copyOf(floor);
    }

    /** The parts that rest on the floor: the ones given, or the base posture's. */
    public List<Part> contacts() {
        return floor.isEmpty() ? base.floor() : floor;
    }

    /** Every joint angle, degrees, indexed by joint then movement. */
    double[][] angles() {
        double[][] a = new double[Joint.values().length][Joint.Movement.values().length];
        for (Setting s : base.settings()) a[s.joint().ordinal()][s.movement().ordinal()] = s.degrees();
        for (Setting s : settings) a[s.joint().ordinal()][s.movement().ordinal()] = s.degrees();
        return a;
    }
}
