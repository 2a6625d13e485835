package org.handouts.figures;

/** A point or direction in the figure's 3-D space (units: 1/100 of the figure's standing height). */
record Vec(double x, double y, double z) {
    static final Vec ZERO = new Vec(0, 0, 0);

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double length() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** The point a fraction {@code t} of the way to {@code o}. */
    Vec towards(Vec o, double t) {
        return new Vec(x + (o.x - x) * t, y + (o.y - y) * t, z + (o.z - z) * t);
    }
}
