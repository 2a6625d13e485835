package org.handouts.figures;

import java.util.EnumMap;
import java.util.Map;

/**
 * The figure's fixed adult proportions and the forward kinematics that pose it: each joint turns
 * the frame of the bone after it, so bone lengths never change whatever the angles. Units are
 * 1/100 of the standing height (segment lengths after Drillis and Contini's body-segment ratios).
 */
final class Skeleton {
    // Lengths along the bones.
    static final double PELVIS = 7, LOWER_BACK = 11, UPPER_BACK = 13, NECK = 6;
    static final double UPPER_ARM = 18.5, FOREARM = 15, HAND = 8;
    static final double THIGH = 24.5, SHIN = 24.5;
    static final double HIP_HALF_WIDTH = 5.5, SHOULDER_HALF_WIDTH = 10, SHOULDER_DROP = 3;
    /** The head's centre from the top of the neck, up and forward; and its radius. */
    static final double HEAD_UP = 5, HEAD_FORWARD = 1.5, HEAD_RADIUS = 6.5;
    /** Foot, in the foot's own frame from the ankle: heel back, toes forward, sole below. */
    static final double HEEL_BACK = 2.5, TOES_FORWARD = 11, SOLE_DOWN = 1.8;

    // Thickness: the radius of each bone's rounded outline.
    static final double R_PELVIS = 7, R_LOWER_BACK = 6.5, R_UPPER_BACK = 7, R_NECK = 3;
    static final double R_SHOULDERS = 3.5, R_HIPS = 4.5;
    static final double R_UPPER_ARM = 2.9, R_FOREARM = 2.5, R_HAND = 2.6;
    static final double R_THIGH = 4.2, R_SHIN = 3.2, R_KNEE = 4.2, R_FOOT = 2.2;

    /** The named points of a posed body. */
    enum Point {
        HIPS, LOWER_BACK, UPPER_BACK, NECK_BASE, HEAD_BASE, HEAD,
        LEFT_SHOULDER, LEFT_ELBOW, LEFT_WRIST, LEFT_FINGERS, RIGHT_SHOULDER, RIGHT_ELBOW, RIGHT_WRIST, RIGHT_FINGERS,
        LEFT_HIP, LEFT_KNEE, LEFT_ANKLE, LEFT_HEEL, LEFT_TOES, RIGHT_HIP, RIGHT_KNEE, RIGHT_ANKLE, RIGHT_HEEL, RIGHT_TOES
    }

    /** A posed body: its points in the room and the frames a drawing needs. */
    record Body(Map<Point, Vec> points, Frame pelvis, Frame head, Frame leftHand, Frame rightHand) {
        Vec at(Point p) {
            return points.get(p);
        }

        /** The same body moved up by {@code dy}. */
        Body raised(double dy) {
            Map<Point, Vec> moved = new EnumMap<>(Point.class);
            Vec up = new Vec(0, dy, 0);
            points.forEach((k, v) -> moved.put(k, v.plus(up)));
            return new Body(moved, pelvis, head, leftHand, rightHand);
        }
    }

    private Skeleton() {
    }

    /**
     * Poses the skeleton: {@code root} is the pelvis's place in the room before its own angles,
     * {@code angles} every joint's degrees, [joint][movement]. The hips' centre is at the origin.
     */
    static Body pose(Frame root, double[][] angles) {
        Map<Point, Vec> p = new EnumMap<>(Point.class);
        Frame pelvis = turn(root, Joint.PELVIS, angles, 0);
        Vec hips = Vec.ZERO;
        p.put(Point.HIPS, hips);
        Vec lowerBack = hips.plus(pelvis.apply(0, PELVIS, 0));
        p.put(Point.LOWER_BACK, lowerBack);
        Frame lower = turn(pelvis, Joint.LOWER_BACK, angles, 0);
        Vec upperBack = lowerBack.plus(lower.apply(0, LOWER_BACK, 0));
        p.put(Point.UPPER_BACK, upperBack);
        Frame upper = turn(lower, Joint.UPPER_BACK, angles, 0);
        Vec neckBase = upperBack.plus(upper.apply(0, UPPER_BACK, 0));
        p.put(Point.NECK_BASE, neckBase);
        Frame neck = turn(upper, Joint.NECK, angles, 0);
        Vec headBase = neckBase.plus(neck.apply(0, NECK, 0));
        p.put(Point.HEAD_BASE, headBase);
        p.put(Point.HEAD, headBase.plus(neck.apply(HEAD_FORWARD, HEAD_UP, 0)));

        Frame leftHand = arm(p, upper, neckBase, angles, -1);
        Frame rightHand = arm(p, upper, neckBase, angles, 1);
        leg(p, pelvis, hips, angles, -1);
        leg(p, pelvis, hips, angles, 1);
        return new Body(p, pelvis, neck, leftHand, rightHand);
    }

    private static Frame arm(Map<Point, Vec> p, Frame upper, Vec neckBase, double[][] a, int side) {
        boolean left = side < 0;
        Vec shoulder = neckBase.plus(upper.apply(0, -SHOULDER_DROP, side * SHOULDER_HALF_WIDTH));
        Frame s = turn(upper, left ? Joint.LEFT_SHOULDER : Joint.RIGHT_SHOULDER, a, side);
        Vec elbow = shoulder.plus(s.apply(0, -UPPER_ARM, 0));
        Frame e = turn(s, left ? Joint.LEFT_ELBOW : Joint.RIGHT_ELBOW, a, side);
        Vec wrist = elbow.plus(e.apply(0, -FOREARM, 0));
        Frame w = turn(e, left ? Joint.LEFT_WRIST : Joint.RIGHT_WRIST, a, side);
        Vec fingers = wrist.plus(w.apply(0, -HAND, 0));
        p.put(left ? Point.LEFT_SHOULDER : Point.RIGHT_SHOULDER, shoulder);
        p.put(left ? Point.LEFT_ELBOW : Point.RIGHT_ELBOW, elbow);
        p.put(left ? Point.LEFT_WRIST : Point.RIGHT_WRIST, wrist);
        p.put(left ? Point.LEFT_FINGERS : Point.RIGHT_FINGERS, fingers);
        return w;
    }

    private static void leg(Map<Point, Vec> p, Frame pelvis, Vec hips, double[][] a, int side) {
        boolean left = side < 0;
        Vec hip = hips.plus(pelvis.apply(0, 0, side * HIP_HALF_WIDTH));
        Frame h = turn(pelvis, left ? Joint.LEFT_HIP : Joint.RIGHT_HIP, a, side);
        Vec knee = hip.plus(h.apply(0, -THIGH, 0));
        Frame k = turn(h, left ? Joint.LEFT_KNEE : Joint.RIGHT_KNEE, a, side);
        Vec ankle = knee.plus(k.apply(0, -SHIN, 0));
        Frame f = turn(k, left ? Joint.LEFT_ANKLE : Joint.RIGHT_ANKLE, a, side);
        p.put(left ? Point.LEFT_HIP : Point.RIGHT_HIP, hip);
        p.put(left ? Point.LEFT_KNEE : Point.RIGHT_KNEE, knee);
        p.put(left ? Point.LEFT_ANKLE : Point.RIGHT_ANKLE, ankle);
        p.put(left ? Point.LEFT_HEEL : Point.RIGHT_HEEL, ankle.plus(f.apply(-HEEL_BACK, -SOLE_DOWN, 0)));
        p.put(left ? Point.LEFT_TOES : Point.RIGHT_TOES, ankle.plus(f.apply(TOES_FORWARD, -SOLE_DOWN, 0)));
    }

    /**
     * The child frame of {@code joint}: bend, then side, then twist, each signed so that the
     * documented meaning holds on either side of the body ({@code side}: -1 left, +1 right, 0 middle).
     */
    private static Frame turn(Frame parent, Joint joint, double[][] a, int side) {
        double bend = a[joint.ordinal()][Joint.Movement.BEND.ordinal()];
        double out = a[joint.ordinal()][Joint.Movement.SIDE.ordinal()];
        double twist = a[joint.ordinal()][Joint.Movement.TWIST.ordinal()];
        return switch (joint) {
            // Forward bends tip the up axis towards the front; side and twist go to the right.
            case PELVIS, LOWER_BACK, UPPER_BACK, NECK -> parent.aboutRight(-bend).aboutForward(out).aboutUp(-twist);
            // Bending swings the limb forward; "side" takes it away from the body; "twist" turns it outwards.
            case LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_HIP, RIGHT_HIP ->
                    parent.aboutRight(bend).aboutForward(-side * out).aboutUp(-side * twist);
            case LEFT_ELBOW, RIGHT_ELBOW, LEFT_WRIST, RIGHT_WRIST, LEFT_ANKLE, RIGHT_ANKLE -> parent.aboutRight(bend);
            case LEFT_KNEE, RIGHT_KNEE -> parent.aboutRight(-bend);
        };
    }
}
