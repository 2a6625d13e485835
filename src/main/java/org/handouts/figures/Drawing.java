package org.handouts.figures;

import org.handouts.figures.Marks.Mark;
import org.handouts.figures.Palette.Ink;
import org.handouts.figures.Skeleton.Body;
import org.handouts.figures.Skeleton.Point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One figure posed, placed on the floor, checked and turned into marks for each of its stages.
 * All stages share one frame (the union of their bounds), so start and end are drawn at the same
 * scale with the floor at the same height. Immutable once built.
 */
final class Drawing {
    /** How close to the floor a part must come to touch it, and how far below it may dip (figure units). */
    static final double TOUCH = 1.5;
    static final double MAT = 1.8;
    static final double HALO = 1.1;
    private static final double MARGIN = 2;
    private static final double CUSHION_MIN = 1.5, CUSHION_MAX = 16;
    /** The shortest arrow drawn; a smaller movement gets an arrow this long in its direction. */
    private static final double MIN_ARROW = 14;

    /** A rounded bone: the segment from a to b with radius r (a == b for a ball). */
    record Capsule(Vec a, Vec b, double r) {
        double lowest() {
            return Math.min(a.y(), b.y()) - r;
        }

        Vec middle() {
            return a.towards(b, 0.5);
        }
    }

    private final Figure figure;
    private final Map<Stage, Body> bodies = new EnumMap<>(Stage.class);
    private final Map<Stage, Marks> marks = new EnumMap<>(Stage.class);
    private final List<Issue> issues = new ArrayList<>();
    private final double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    private final double ground;

    private Drawing(Figure figure) {
        this.figure = figure;
        this.ground = figure.props().stream().anyMatch(p -> p.kind() == Prop.Kind.MAT) ? MAT : 0;
    }

    static Drawing of(Figure figure) {
        Drawing d = new Drawing(figure);
        for (Stage stage : figure.stages()) d.bodies.put(stage, d.place(stage, figure.find(stage).orElseThrow()));
        for (Stage stage : figure.stages()) d.marks.put(stage, d.draw(stage));
        figure.arrow().ifPresent(d::arrow);
        for (Marks m : d.marks.values()) for (Marks.Group g : m.groups()) for (Mark k : g.marks()) Marks.include(k, d.bounds);
        d.floor();
        d.bounds[0] -= MARGIN;
        d.bounds[2] += MARGIN;
        d.bounds[3] += MARGIN;
        return d;
    }

    boolean hasStage(Stage stage) {
        return marks.containsKey(stage);
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    /** Width over height of the frame all stages share. */
    double aspectRatio() {
        return (bounds[2] - bounds[0]) / (bounds[3] - bounds[1]);
    }

    /** Paints one stage into a width × height box: scaled to fit, centred, standing on the box's bottom. */
    void paint(Stage stage, Canvas canvas, Palette palette, double width, double height) {
        Marks m = marks.get(stage);
        if (m == null) throw new IllegalArgumentException("no " + stage.key() + " pose");
        double bw = bounds[2] - bounds[0], bh = bounds[3] - bounds[1];
        double s = Math.min(width / bw, height / bh);
        double ox = (width - s * bw) / 2 - s * bounds[0];
        double oy = height + s * bounds[1];
        List<Marks.Group> groups = new ArrayList<>(m.groups());
        groups.sort(Comparator.comparingDouble(Marks.Group::depth)); // stable: equal depths keep their order
        for (Marks.Group g : groups) for (Mark k : g.marks()) Marks.paint(k, canvas, palette, s, ox, oy);
    }

    // ---------------------------------------------------------------- posing and placing

    private static double[][] angles(Pose pose) {
        return pose.angles();
    }

    /** Poses a stage and sets it on the floor: the lowest of its floor contacts rests on the ground. */
    private Body place(Stage stage, Pose pose) {
        Body body = Skeleton.pose(pose.base().frame(), angles(pose));
        List<Part> contacts = contacts(pose);
        double lowest = Double.MAX_VALUE;
        for (Part part : contacts) lowest = Math.min(lowest, lowest(body, part));
        if (contacts.isEmpty()) for (Part part : Part.values()) lowest = Math.min(lowest, lowest(body, part));
        Body placed = body.raised(ground - lowest);
        check(stage, pose, placed);
        return placed;
    }

    /** The parts resting on the floor: a part on a cushion, book or pillow rests on that instead. */
    private List<Part> contacts(Pose pose) {
        List<Part> supported = figure.props().stream()
                .filter(p -> p.kind() == Prop.Kind.CUSHION || p.kind() == Prop.Kind.BOOK
                        || p.kind() == Prop.Kind.PILLOW && p.at().size() == 1)
                .flatMap(p -> p.at().stream()).toList();
        return pose.contacts().stream().filter(p -> !supported.contains(p)).toList();
    }

    private void check(Stage stage, Pose pose, Body body) {
        String where = stage.key();
        for (Part part : contacts(pose)) {
            double gap = lowest(body, part) - ground;
            if (gap > TOUCH) {
                issues.add(new Issue(where + ".floor", part.key() + " should touch the floor but is "
                        + units(gap) + " above it", "change " + jointsAbove(part)
                        + " until it reaches the floor, or take " + part.key() + " out of floor"));
            }
        }
        for (Part part : Part.values()) {
            double depth = ground - lowest(body, part);
            if (depth > TOUCH && isOutermost(part)) {
                issues.add(new Issue(where + ".floor", part.key() + " goes " + units(depth) + " through the floor",
                        "change " + jointsAbove(part) + " to lift it, or list the parts that rest on the floor in floor"));
            }
        }
    }

    /** Parts that contain others (a foot holds the heel and toes) are reported once, by their smallest part. */
    private static boolean isOutermost(Part part) {
        String k = part.key();
        return !(k.endsWith("-foot") || k.endsWith("-shoulder") || k.endsWith("-elbow") || k.endsWith("-knee"));
    }

    private static String units(double d) {
        return String.format(Locale.ROOT, "%.1f", d) + " units (1/100 of the body's height)";
    }

    private static String jointsAbove(Part part) {
        String k = part.key();
        String side = k.startsWith("left-") ? "left-" : k.startsWith("right-") ? "right-" : "";
        if (k.endsWith("hand") || k.endsWith("forearm")) return "the " + side + "shoulder, elbow or wrist angles";
        if (k.endsWith("elbow") || k.endsWith("upper-arm") || k.endsWith("shoulder")) return "the " + side + "shoulder angles or the back";
        if (k.endsWith("foot") || k.endsWith("heel") || k.endsWith("toes")) return "the " + side + "hip, knee or ankle angles";
        if (k.endsWith("knee") || k.endsWith("thigh") || k.endsWith("shin")) return "the " + side + "hip or knee angles";
        if (k.equals("head")) return "the neck or upper-back angles";
        return "the pelvis, back or hip angles";
    }

    // ---------------------------------------------------------------- body geometry

    static List<Capsule> capsules(Body b, Part part) {
        return switch (part) {
            case HEAD -> List.of(ball(b, Point.HEAD, Skeleton.HEAD_RADIUS));
            case UPPER_BACK -> List.of(bone(b, Point.UPPER_BACK, Point.NECK_BASE, Skeleton.R_UPPER_BACK),
                    bone(b, Point.LEFT_SHOULDER, Point.RIGHT_SHOULDER, Skeleton.R_SHOULDERS));
            case LOWER_BACK -> List.of(bone(b, Point.LOWER_BACK, Point.UPPER_BACK, Skeleton.R_LOWER_BACK));
            case PELVIS -> List.of(bone(b, Point.HIPS, Point.LOWER_BACK, Skeleton.R_PELVIS),
                    bone(b, Point.LEFT_HIP, Point.RIGHT_HIP, Skeleton.R_HIPS));
            case LEFT_SHOULDER -> List.of(ball(b, Point.LEFT_SHOULDER, Skeleton.R_SHOULDERS));
            case RIGHT_SHOULDER -> List.of(ball(b, Point.RIGHT_SHOULDER, Skeleton.R_SHOULDERS));
            case LEFT_UPPER_ARM -> List.of(bone(b, Point.LEFT_SHOULDER, Point.LEFT_ELBOW, Skeleton.R_UPPER_ARM));
            case RIGHT_UPPER_ARM -> List.of(bone(b, Point.RIGHT_SHOULDER, Point.RIGHT_ELBOW, Skeleton.R_UPPER_ARM));
            case LEFT_ELBOW -> List.of(ball(b, Point.LEFT_ELBOW, Skeleton.R_UPPER_ARM));
            case RIGHT_ELBOW -> List.of(ball(b, Point.RIGHT_ELBOW, Skeleton.R_UPPER_ARM));
            case LEFT_FOREARM -> List.of(bone(b, Point.LEFT_ELBOW, Point.LEFT_WRIST, Skeleton.R_FOREARM));
            case RIGHT_FOREARM -> List.of(bone(b, Point.RIGHT_ELBOW, Point.RIGHT_WRIST, Skeleton.R_FOREARM));
            case LEFT_HAND -> List.of(bone(b, Point.LEFT_WRIST, Point.LEFT_FINGERS, Skeleton.R_HAND));
            case RIGHT_HAND -> List.of(bone(b, Point.RIGHT_WRIST, Point.RIGHT_FINGERS, Skeleton.R_HAND));
            case LEFT_THIGH -> List.of(bone(b, Point.LEFT_HIP, Point.LEFT_KNEE, Skeleton.R_THIGH));
            case RIGHT_THIGH -> List.of(bone(b, Point.RIGHT_HIP, Point.RIGHT_KNEE, Skeleton.R_THIGH));
            case LEFT_KNEE -> List.of(ball(b, Point.LEFT_KNEE, Skeleton.R_KNEE));
            case RIGHT_KNEE -> List.of(ball(b, Point.RIGHT_KNEE, Skeleton.R_KNEE));
            case LEFT_SHIN -> List.of(bone(b, Point.LEFT_KNEE, Point.LEFT_ANKLE, Skeleton.R_SHIN));
            case RIGHT_SHIN -> List.of(bone(b, Point.RIGHT_KNEE, Point.RIGHT_ANKLE, Skeleton.R_SHIN));
            case LEFT_FOOT -> List.of(bone(b, Point.LEFT_ANKLE, Point.LEFT_HEEL, Skeleton.R_FOOT),
                    bone(b, Point.LEFT_ANKLE, Point.LEFT_TOES, Skeleton.R_FOOT));
            case RIGHT_FOOT -> List.of(bone(b, Point.RIGHT_ANKLE, Point.RIGHT_HEEL, Skeleton.R_FOOT),
                    bone(b, Point.RIGHT_ANKLE, Point.RIGHT_TOES, Skeleton.R_FOOT));
            case LEFT_HEEL -> List.of(ball(b, Point.LEFT_HEEL, Skeleton.R_FOOT));
            case RIGHT_HEEL -> List.of(ball(b, Point.RIGHT_HEEL, Skeleton.R_FOOT));
            case LEFT_TOES -> List.of(ball(b, Point.LEFT_TOES, Skeleton.R_FOOT));
            case RIGHT_TOES -> List.of(ball(b, Point.RIGHT_TOES, Skeleton.R_FOOT));
        };
    }

    private static Capsule bone(Body b, Point from, Point to, double r) {
        return new Capsule(b.at(from), b.at(to), r);
    }

    private static Capsule ball(Body b, Point at, double r) {
        return new Capsule(b.at(at), b.at(at), r);
    }

    static double lowest(Body b, Part part) {
        double low = Double.MAX_VALUE;
        for (Capsule c : capsules(b, part)) low = Math.min(low, c.lowest());
        return low;
    }

    /** Where a part is, for props and the arrow: the middle of its first bone. */
    static Vec centre(Body b, Part part) {
        return capsules(b, part).get(0).middle();
    }

    // ---------------------------------------------------------------- marks

    private double[] project(Vec p) {
        double[] s = figure.view().project(p);
        if (figure.flip()) s[0] = -s[0];
        return s;
    }

    private Marks draw(Stage stage) {
        Body b = bodies.get(stage);
        Marks m = new Marks();
        props(stage, b, m);
        double trunkDepth = project(b.at(Point.UPPER_BACK))[2];
        double leftArm = project(b.at(Point.LEFT_SHOULDER))[2], rightArm = project(b.at(Point.RIGHT_SHOULDER))[2];
        double leftLeg = project(b.at(Point.LEFT_HIP))[2], rightLeg = project(b.at(Point.RIGHT_HIP))[2];
        m.add(trunkDepth, chain(Ink.BODY,
                bone(b, Point.HIPS, Point.LOWER_BACK, Skeleton.R_PELVIS),
                bone(b, Point.LOWER_BACK, Point.UPPER_BACK, Skeleton.R_LOWER_BACK),
                bone(b, Point.UPPER_BACK, Point.NECK_BASE, Skeleton.R_UPPER_BACK),
                bone(b, Point.LEFT_HIP, Point.RIGHT_HIP, Skeleton.R_HIPS),
                bone(b, Point.LEFT_SHOULDER, Point.RIGHT_SHOULDER, Skeleton.R_SHOULDERS),
                bone(b, Point.NECK_BASE, Point.HEAD_BASE, Skeleton.R_NECK)));
        head(b, m);
        limb(m, leftArm < rightArm - 3, bone(b, Point.LEFT_SHOULDER, Point.LEFT_ELBOW, Skeleton.R_UPPER_ARM),
                bone(b, Point.LEFT_ELBOW, Point.LEFT_WRIST, Skeleton.R_FOREARM),
                bone(b, Point.LEFT_WRIST, Point.LEFT_FINGERS, Skeleton.R_HAND));
        limb(m, rightArm < leftArm - 3, bone(b, Point.RIGHT_SHOULDER, Point.RIGHT_ELBOW, Skeleton.R_UPPER_ARM),
                bone(b, Point.RIGHT_ELBOW, Point.RIGHT_WRIST, Skeleton.R_FOREARM),
                bone(b, Point.RIGHT_WRIST, Point.RIGHT_FINGERS, Skeleton.R_HAND));
        limb(m, leftLeg < rightLeg - 3, bone(b, Point.LEFT_HIP, Point.LEFT_KNEE, Skeleton.R_THIGH),
                bone(b, Point.LEFT_KNEE, Point.LEFT_ANKLE, Skeleton.R_SHIN),
                bone(b, Point.LEFT_ANKLE, Point.LEFT_HEEL, Skeleton.R_FOOT),
                bone(b, Point.LEFT_ANKLE, Point.LEFT_TOES, Skeleton.R_FOOT));
        limb(m, rightLeg < leftLeg - 3, bone(b, Point.RIGHT_HIP, Point.RIGHT_KNEE, Skeleton.R_THIGH),
                bone(b, Point.RIGHT_KNEE, Point.RIGHT_ANKLE, Skeleton.R_SHIN),
                bone(b, Point.RIGHT_ANKLE, Point.RIGHT_HEEL, Skeleton.R_FOOT),
                bone(b, Point.RIGHT_ANKLE, Point.RIGHT_TOES, Skeleton.R_FOOT));
        return m;
    }

    /**
     * A limb is drawn lighter when it is the far one of its pair: its root (shoulder or hip) lies
     * clearly behind the other's from where we look. Seen from the front or above, neither is.
     */
    private void limb(Marks m, boolean far, Capsule... bones) {
        double depth = 0;
        for (Capsule c : bones) depth += (project(c.a())[2] + project(c.b())[2]) / 2;
        depth /= bones.length;
        m.add(depth, chain(far ? Ink.FAR : Ink.BODY, bones));
    }

    /** White outlines first, then the colour: bones of one chain join smoothly, chains stay apart. */
    private List<Mark> chain(Ink ink, Capsule... bones) {
        List<Mark> out = new ArrayList<>();
        for (Capsule c : bones) out.add(new Mark(Marks.line(project(c.a()), project(c.b())), Ink.HALO, 2 * (c.r() + HALO)));
        for (Capsule c : bones) out.add(new Mark(Marks.line(project(c.a()), project(c.b())), ink, 2 * c.r()));
        return out;
    }

    /** A round head, with a nose that stands out when the face is seen from the side, so the figure's facing reads (blind reviewers read a backward bend as a stoop when the nose hid inside the head). */
    private void head(Body b, Marks m) {
        double[] c = project(b.at(Point.HEAD));
        Vec forward = b.head().forward();
        double[] f = project(forward);
        double across = Math.hypot(f[0], f[1]);
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(Marks.circle(c, Skeleton.HEAD_RADIUS + HALO), Ink.HALO, 0));
        if (across > 0.5) {
            double[] nose = {c[0] + f[0] / across * Skeleton.HEAD_RADIUS * 1.02, c[1] + f[1] / across * Skeleton.HEAD_RADIUS * 1.02};
            marks.add(new Mark(Marks.circle(nose, 2.3 + HALO), Ink.HALO, 0));
            marks.add(new Mark(Marks.circle(nose, 2.3), Ink.BODY, 0));
        }
        marks.add(new Mark(Marks.circle(c, Skeleton.HEAD_RADIUS), Ink.BODY, 0));
        m.add(c[2] + 0.01, marks);
    }

    // ---------------------------------------------------------------- props

    private void props(Stage stage, Body b, Marks m) {
        List<Prop> props = figure.props();
        for (int i = 0; i < props.size(); i++) {
            Prop p = props.get(i);
            String where = "props[" + (i + 1) + "]";
            switch (p.kind()) {
                case MAT -> mat(b, m);
                case CUSHION, BOOK -> under(stage, b, m, p, where, 8);
                case PILLOW -> {
                    if (p.at().size() == 2) pillowBetween(b, m, p.at());
                    else under(stage, b, m, p, where, 11);
                }
                case CHAIR -> chair(b, m, p.at().get(0));
                case WALL -> wall(b, m, p.at(), 4, 32, false);
                case DOOR_FRAME -> wall(b, m, p.at(), 9, 6, true);
                case WEIGHTS -> p.at().forEach(hand -> weight(b, m, hand));
            }
        }
    }

    private static final double BEHIND = -1e6;

    private void mat(Body b, Marks m) {
        double[] box = bodyBox(b);
        if (figure.view().showsFloorLine()) {
            m.add(BEHIND, List.of(new Mark(Marks.rect(box[0] - 5, 0, box[2] + 5, MAT), Ink.MAT, 0)));
        } else {
            m.add(BEHIND, List.of(new Mark(Marks.rect(box[0] - 5, box[1] - 5, box[2] + 5, box[3] + 5), Ink.MAT, 0)));
        }
    }

    private double[] bodyBox(Body b) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Part part : Part.values()) {
            for (Capsule c : capsules(b, part)) {
                for (Vec v : List.of(c.a(), c.b())) {
                    double[] s = project(v);
                    box[0] = Math.min(box[0], s[0] - c.r());
                    box[1] = Math.min(box[1], s[1] - c.r());
                    box[2] = Math.max(box[2], s[0] + c.r());
                    box[3] = Math.max(box[3], s[1] + c.r());
                }
            }
        }
        return box;
    }

    /** A cushion, book or pillow filling the gap between the floor and a part. */
    private void under(Stage stage, Body b, Marks m, Prop p, String where, double halfWidth) {
        Part part = p.at().get(0);
        double[] c = project(centre(b, part));
        if (!figure.view().showsFloorLine()) {
            m.add(BEHIND, List.of(new Mark(Marks.rect(c[0] - halfWidth, c[1] - halfWidth * 0.7, c[0] + halfWidth,
                    c[1] + halfWidth * 0.7), Ink.PROP, 0)));
            return;
        }
        double top = lowest(b, part);
        double thickness = top - ground;
        if (thickness < CUSHION_MIN || thickness > CUSHION_MAX) {
            issues.add(new Issue(where, "the " + p.kind().key() + " under " + part.key() + " in the " + stage.key()
                    + " pose would be " + String.format(Locale.ROOT, "%.1f", thickness) + " thick; it must be "
                    + Joint.format(CUSHION_MIN) + " to " + Joint.format(CUSHION_MAX),
                    thickness < CUSHION_MIN ? "lift " + part.key() + " by changing " + jointsAbove(part) + ", or remove the "
                            + p.kind().key() : "lower " + part.key() + " by changing " + jointsAbove(part)));
            return;
        }
        double[] rect = Marks.rect(c[0] - halfWidth, ground, c[0] + halfWidth, top);
        if (p.kind() == Prop.Kind.BOOK) {
            m.add(BEHIND, List.of(new Mark(rect, Ink.PROP, 0), new Mark(rect, Ink.PROP_LINE, 0.6)));
        } else {
            // Stroking the shape in its own colour with round joins rounds its corners.
            double r = Math.min(2, thickness / 2);
            double[] inner = Marks.rect(c[0] - halfWidth + r, ground + r, c[0] + halfWidth - r, top - r);
            m.add(BEHIND, List.of(new Mark(inner, Ink.PROP, 0), new Mark(inner, Ink.PROP, 2 * r)));
        }
    }

    private void pillowBetween(Body b, Marks m, List<Part> pair) {
        Vec mid = centre(b, pair.get(0)).towards(centre(b, pair.get(1)), 0.5);
        if (pair.get(0).key().endsWith("knee")) mid = b.at(Point.LEFT_KNEE).towards(b.at(Point.RIGHT_KNEE), 0.5);
        double[] c = project(mid);
        m.add(c[2], List.of(new Mark(Marks.circle(c, 5.5), Ink.PROP, 0), new Mark(Marks.circle(c, 5.5), Ink.PROP_LINE, 0.6)));
    }

    /** Forward along the floor, from the pelvis's facing. */
    private static Vec level(Vec v, Vec fallback) {
        double n = Math.hypot(v.x(), v.z());
        return n < 0.2 ? fallback : new Vec(v.x() / n, 0, v.z() / n);
    }

    private void chair(Body b, Marks m, Part part) {
        Vec fwd = level(b.pelvis().forward(), new Vec(1, 0, 0));
        Vec across = new Vec(-fwd.z(), 0, fwd.x());
        Vec hips = b.at(Point.HIPS);
        double seat = lowest(b, part);
        Vec back = new Vec(hips.x(), seat, hips.z()).minus(fwd.times(9));
        Vec front = back.plus(fwd.times(24));
        List<Mark> marks = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            Vec a = across.times(side * 10);
            Vec bk = back.plus(a), fr = front.plus(a);
            marks.add(new Mark(Marks.line(project(bk), project(fr)), Ink.PROP_LINE, 2.4));
            marks.add(new Mark(Marks.line(project(bk), project(new Vec(bk.x(), ground, bk.z()))), Ink.PROP_LINE, 1.8));
            marks.add(new Mark(Marks.line(project(fr), project(new Vec(fr.x(), ground, fr.z()))), Ink.PROP_LINE, 1.8));
            marks.add(new Mark(Marks.line(project(bk), project(bk.plus(new Vec(0, 30, 0)).minus(fwd.times(3)))), Ink.PROP_LINE, 1.8));
        }
        m.add(BEHIND, marks);
    }

    /** A wall (or door frame post) touching a part on the side it faces, from the floor to above the head. */
    private void wall(Body b, Marks m, List<Part> parts, double thickness, double halfWidth, boolean post) {
        Vec fwd = level(b.pelvis().forward(), new Vec(1, 0, 0));
        Vec hips = b.at(Point.HIPS);
        double along = 0;
        int sign = 0;
        for (Part part : parts) {
            double rel = centre(b, part).minus(hips).x() * fwd.x() + centre(b, part).minus(hips).z() * fwd.z();
            sign = Math.abs(rel) < 4 ? -1 : (int) Math.signum(rel);
        }
        for (Part part : parts) {
            for (Capsule c : capsules(b, part)) {
                for (Vec v : List.of(c.a(), c.b())) {
                    double d = (v.x() - hips.x()) * fwd.x() + (v.z() - hips.z()) * fwd.z() + sign * c.r();
                    along = sign > 0 ? Math.max(along, d) : Math.min(along, d);
                }
            }
        }
        double top = 0;
        for (Vec v : b.points().values()) top = Math.max(top, v.y());
        top += Skeleton.HEAD_RADIUS + 6;
        Vec across = new Vec(-fwd.z(), 0, fwd.x());
        Vec base = new Vec(hips.x(), 0, hips.z()).plus(fwd.times(along));
        List<double[]> corners = new ArrayList<>();
        for (double t : new double[] {0, sign * thickness}) {
            for (double w : new double[] {-halfWidth, halfWidth}) {
                for (double h : new double[] {0, top}) {
                    corners.add(project(base.plus(fwd.times(t)).plus(across.times(w)).plus(new Vec(0, h, 0))));
                }
            }
        }
        double[] hull = Marks.polyline(hull(corners), true);
        m.add(BEHIND, List.of(new Mark(hull, post ? Ink.PROP : Ink.MAT, 0), new Mark(hull, Ink.PROP_LINE, 0.8)));
    }

    /** The convex hull of points in the picture plane (Andrew's monotone chain). */
    static List<double[]> hull(List<double[]> points) {
        List<double[]> p = new ArrayList<>(points);
        p.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
        List<double[]> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (double[] q : p) {
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 0) h.remove(h.size() - 1);
                h.add(q);
            }
            h.remove(h.size() - 1);
            java.util.Collections.reverse(p);
        }
        return h;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    private void weight(Body b, Marks m, Part hand) {
        boolean left = hand == Part.LEFT_HAND;
        Frame f = left ? b.leftHand() : b.rightHand();
        Vec c = (left ? b.at(Point.LEFT_WRIST) : b.at(Point.RIGHT_WRIST))
                .towards(left ? b.at(Point.LEFT_FINGERS) : b.at(Point.RIGHT_FINGERS), 0.6);
        Vec axis = f.right();
        double[] a = project(c.minus(axis.times(5))), z = project(c.plus(axis.times(5)));
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(Marks.line(a, z), Ink.PROP_LINE, 2));
        for (Vec end : List.of(c.minus(axis.times(5)), c.plus(axis.times(5)))) {
            marks.add(new Mark(Marks.line(project(end.minus(axis.times(0.8))), project(end.plus(axis.times(0.8)))), Ink.PROP_LINE, 6.5));
        }
        m.add(project(c)[2] + 0.5, marks);
    }

    // ---------------------------------------------------------------- floor and arrow

    /** The floor line under every stage, as wide as the widest one. */
    private void floor() {
        if (!figure.view().showsFloorLine()) return;
        Mark line = new Mark(Marks.line(new double[] {bounds[0] - 3, 0}, new double[] {bounds[2] + 3, 0}), Ink.FLOOR, 1.2);
        for (Marks m : marks.values()) m.add(BEHIND - 1, List.of(line));
        Marks.include(line, bounds);
    }

    private void arrow(Arrow arrow) {
        List<Stage> stages = figure.stages();
        List<double[]> path = new ArrayList<>();
        Pose start = figure.find(Stage.START).orElseThrow();
        boolean sameBase = figure.poses().values().stream().map(Pose::base).distinct().count() == 1;
        if (!arrow.curved() || !sameBase) {
            path.add(project(centre(bodies.get(Stage.START), arrow.follow())));
            path.add(project(centre(bodies.get(Stage.END), arrow.follow())));
        } else {
            List<Pose> keys = stages.stream().map(s -> figure.find(s).orElseThrow()).toList();
            List<Double> lifts = new ArrayList<>();
            for (Stage s : stages) {
                Body raw = Skeleton.pose(figure.find(s).orElseThrow().base().frame(), figure.find(s).orElseThrow().angles());
                lifts.add(bodies.get(s).at(Point.HIPS).y() - raw.at(Point.HIPS).y());
            }
            int n = 24;
            for (int i = 0; i <= n; i++) {
                double t = i / (double) n * (keys.size() - 1);
                int k = Math.min((int) t, keys.size() - 2);
                double u = t - k;
                double[][] a = keys.get(k).angles(), b = keys.get(k + 1).angles();
                double[][] mix = new double[a.length][a[0].length];
                for (int j = 0; j < a.length; j++) for (int q = 0; q < a[j].length; q++) mix[j][q] = a[j][q] + (b[j][q] - a[j][q]) * u;
                Body body = Skeleton.pose(start.base().frame(), mix);
                double lift = lifts.get(k) + (lifts.get(k + 1) - lifts.get(k)) * u;
                path.add(project(centre(body.raised(lift), arrow.follow())));
            }
        }
        for (double[] p : path) {
            p[0] += arrow.dx();
            p[1] += arrow.dy();
        }
        double length = 0;
        for (int i = 1; i < path.size(); i++) length += Math.hypot(path.get(i)[0] - path.get(i - 1)[0], path.get(i)[1] - path.get(i - 1)[1]);
        double[] first = path.get(0), last = path.get(path.size() - 1);
        double span = Math.hypot(last[0] - first[0], last[1] - first[1]);
        if (span < 0.5) {
            issues.add(new Issue("arrow", arrow.follow().key() + " does not move between start and end, so the arrow has no direction",
                    "follow a part that moves, such as a hand, a knee or the pelvis"));
            return;
        }
        if (length < MIN_ARROW) {
            // A small movement still gets an arrow that can be seen: straight, in its direction, centred on it.
            double ux = (last[0] - first[0]) / span, uy = (last[1] - first[1]) / span;
            double cx = (first[0] + last[0]) / 2, cy = (first[1] + last[1]) / 2;
            path = new ArrayList<>(List.of(new double[] {cx - ux * MIN_ARROW / 2, cy - uy * MIN_ARROW / 2},
                    new double[] {cx + ux * MIN_ARROW / 2, cy + uy * MIN_ARROW / 2}));
            length = MIN_ARROW;
        }
        List<double[]> trimmed = trim(path, length * 0.12, length * 0.08);
        double[] tip = trimmed.get(trimmed.size() - 1);
        double[] before = trimmed.get(trimmed.size() - 2);
        double dx = tip[0] - before[0], dy = tip[1] - before[1], d = Math.hypot(dx, dy);
        dx /= d;
        dy /= d;
        double head = 5.5, half = 3.2;
        List<double[]> shaft = trim(trimmed, 0, head * 0.8);
        double[] base = {tip[0] - dx * head, tip[1] - dy * head};
        double[] triangle = Marks.polyline(List.of(tip, new double[] {base[0] - dy * half, base[1] + dx * half},
                new double[] {base[0] + dy * half, base[1] - dx * half}), true);
        double[] line = Marks.polyline(shaft, false);
        List<Mark> marks = List.of(new Mark(line, Ink.HALO, 1.8 + 2 * HALO), new Mark(triangle, Ink.HALO, 2 * HALO),
                new Mark(line, Ink.ARROW, 1.8), new Mark(triangle, Ink.ARROW, 0));
        Marks on = this.marks.get(figure.find(arrow.on()).isPresent() ? arrow.on() : Stage.START);
        on.add(1e6, marks);
    }

    /** The path without {@code fromStart} of its length at the start and {@code fromEnd} at the end. */
    private static List<double[]> trim(List<double[]> path, double fromStart, double fromEnd) {
        List<double[]> out = new ArrayList<>(path);
        out = cut(out, fromStart);
        java.util.Collections.reverse(out);
        out = cut(out, fromEnd);
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<double[]> cut(List<double[]> path, double amount) {
        double left = amount;
        int i = 0;
        while (i < path.size() - 2) {
            double seg = Math.hypot(path.get(i + 1)[0] - path.get(i)[0], path.get(i + 1)[1] - path.get(i)[1]);
            if (seg > left) break;
            left -= seg;
            i++;
        }
        List<double[]> rest = new ArrayList<>(path.subList(i, path.size()));
        double[] a = rest.get(0), b = rest.get(1);
        double seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (seg > 0) {
            double t = Math.min(left / seg, 0.9);
            rest.set(0, new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t});
        }
        return rest;
    }
}
