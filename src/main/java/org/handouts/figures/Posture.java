package org.handouts.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Named base postures. A pose starts from one and changes only what differs, which keeps pose
 * data short. Each places the body in the room (lying ones with the head on the left) and says
 * which parts rest on the floor.
 */
public enum Posture {
    STANDING("standing", "standing", Placement.UPRIGHT, "feet",
            "shoulders.side=6 elbows.bend=8"),
    LYING_ON_BACK("lying-on-back", "lying on the back", Placement.FACE_UP, "head upper-back pelvis heels",
            "neck.bend=-10 shoulders.side=8 elbows.bend=5 hips.bend=-2.5 ankles.bend=-20"),
    LYING_ON_BACK_KNEES_BENT("lying-on-back-knees-bent", "lying on the back with the knees bent and the feet flat",
            Placement.FACE_UP, "head upper-back pelvis feet",
            "neck.bend=-10 shoulders.side=8 elbows.bend=5 hips.bend=45 knees.bend=100 ankles.bend=-35"),
    LYING_ON_FRONT("lying-on-front", "lying on the front", Placement.FACE_DOWN, "upper-back pelvis knees",
            "shoulders.side=8 elbows.bend=5 hips.bend=4 ankles.bend=-72"),
    SIDE_LYING("side-lying", "lying on the left side with the knees bent", Placement.ON_LEFT_SIDE,
            "upper-back pelvis left-knee",
            "pelvis.side=6 shoulders.bend=80 elbows.bend=10 hips.bend=50 hips.side=-5 knees.bend=80"),
    ALL_FOURS("all-fours", "on hands and knees", Placement.FACE_DOWN, "hands knees",
            "pelvis.bend=-10.5 hips.bend=79.5 knees.bend=90 ankles.bend=-75 shoulders.bend=100.5 wrists.bend=82"),
    KNEELING("kneeling", "kneeling upright", Placement.UPRIGHT, "knees shins",
            "shoulders.side=6 elbows.bend=8 knees.bend=90 ankles.bend=-75"),
    SITTING("sitting", "sitting on a chair", Placement.UPRIGHT, "feet",
            "shoulders.side=6 elbows.bend=30 hips.bend=90 knees.bend=90");

    /** How the pelvis sits in the room before any joint moves. */
    enum Placement {
        UPRIGHT(Frame.WORLD),
        FACE_UP(new Frame(new Vec(0, 1, 0), new Vec(-1, 0, 0), new Vec(0, 0, 1))),
        FACE_DOWN(new Frame(new Vec(0, -1, 0), new Vec(-1, 0, 0), new Vec(0, 0, -1))),
        ON_LEFT_SIDE(new Frame(new Vec(0, 0, -1), new Vec(-1, 0, 0), new Vec(0, 1, 0)));

        final Frame frame;

        Placement(Frame frame) {
            this.frame = frame;
        }
    }

    private final String key;
    private final String description;
    private final Placement placement;
    private final List<Part> floor;
    private final List<Setting> settings;

    Posture(String key, String description, Placement placement, String floor, String settings) {
        this.key = key;
        this.description = description;
        this.placement = placement;
        List<Part> parts = new ArrayList<>();
        for (String name : floor.split(" ")) parts.addAll(Part.named(name).orElseThrow());
        this.floor = List.copyOf(parts);
        List<Setting> list = new ArrayList<>();
        for (String s : settings.split(" ")) {
            String[] nameAndRest = s.split("\\.");
            String[] movementAndValue = nameAndRest[1].split("=");
            for (Joint j : Joint.named(nameAndRest[0]).orElseThrow()) {
                Joint.Movement m = Joint.Movement.find(movementAndValue[0]).orElseThrow();
                double value = Double.parseDouble(movementAndValue[1]);
                list.add(new Setting(j, m, value));
            }
        }
        this.settings = List.copyOf(list);
    }

    public String key() {
        return key;
    }

    /** "lying on the back with the knees bent", for documentation and alt text. */
    public String description() {
        return description;
    }

    /** The parts resting on the floor unless a pose says otherwise. */
    public List<Part> floor() {
        return floor;
    }

    /** The angles that make this posture; both sides of a pair get the same. */
    public List<Setting> settings() {
        return settings;
    }

    Frame frame() {
        return placement.frame;
    }

    public static Optional<Posture> find(String key) {
        for (Posture p : values()) if (p.key.equals(key)) return Optional.of(p);
        return Optional.empty();
    }

    static {
        // A posture's own angles must be ones a pose may use.
        for (Posture p : values()) {
            for (Setting s : p.settings) {
                if (!s.isWithinRange()) throw new ExceptionInInitializerError(p.key + ": " + s);
            }
        }
    }

}
