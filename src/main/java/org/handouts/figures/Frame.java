package org.handouts.figures;

/**
 * An orientation: the body's own axes (forward, up, right) written in world coordinates, as the
 * columns of a rotation matrix. A joint turns its child by multiplying its frame by local turns.
 */
record Frame(Vec forward, Vec up, Vec right) {
    static final Frame WORLD = new Frame(new Vec(1, 0, 0), new Vec(0, 1, 0), new Vec(0, 0, 1));

    /** The world direction of a vector given in this frame's axes. */
    Vec apply(double f, double u, double r) {
        return forward.times(f).plus(up.times(u)).plus(right.times(r));
    }

    Vec apply(Vec local) {
        return apply(local.x(), local.y(), local.z());
    }

    /** Turned by {@code degrees} about this frame's right axis: positive tips forward towards up. */
    Frame aboutRight(double degrees) {
        double a = Math.toRadians(degrees), c = Math.cos(a), s = Math.sin(a);
        return new Frame(forward.times(c).plus(up.times(s)), up.times(c).minus(forward.times(s)), right);
    }

    /** Turned about this frame's forward axis: positive tips up towards right. */
    Frame aboutForward(double degrees) {
        double a = Math.toRadians(degrees), c = Math.cos(a), s = Math.sin(a);
        return new Frame(forward, up.times(c).plus(right.times(s)), right.times(c).minus(up.times(s)));
    }

    /** Turned about this frame's up axis: positive turns right towards forward. */
    Frame aboutUp(double degrees) {
        double a = Math.toRadians(degrees), c = Math.cos(a), s = Math.sin(a);
        return new Frame(forward.times(c).minus(right.times(s)), up, right.times(c).plus(forward.times(s)));
    }
}
