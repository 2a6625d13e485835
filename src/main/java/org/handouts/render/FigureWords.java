package org.handouts.render;

import org.handouts.figures.Figure;
import org.handouts.figures.Part;
import org.handouts.figures.Joint;
import org.handouts.figures.Pose;
import org.handouts.figures.Prop;
import org.handouts.figures.Setting;
import org.handouts.figures.Stage;

import org.handouts.languages.Messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alt text for a drawn figure, made from its pose data: the stage, the base posture's words, the
 * props, and for a later stage the joints that moved since the start. For example "End: lying on
 * the back with the knees bent and the feet flat, on a mat, with a cushion under the head; the
 * pelvis and the upper back twisted, the hips bent."
 */
final class FigureWords {
    /** Smaller changes are the posture's detail, not the movement. */
    static final double MOVED_DEGREES = 15;

    private FigureWords() {
    }

    /** The alt text of {@code stage}, in the words of the bundle {@code m}. */
    static String alt(Messages m, Figure figure, Stage stage) {
        Pose pose = figure.find(stage).orElseThrow();
        StringBuilder b = new StringBuilder(m.text("posture." + pose.base().key()));
        List<String> props = figure.props().stream().map(p -> prop(m, p)).toList();
        if (!props.isEmpty()) b.append(", ").append(String.join(", ", props));
        if (stage != Stage.START) {
            List<String> moved = moved(m, angles(figure.find(Stage.START).orElseThrow()), angles(pose));
            if (!moved.isEmpty()) b.append("; ").append(String.join(", ", moved));
        }
        return m.format("figure.alt", "stage", m.text("stage." + stage.key()), "description", b.toString());
    }

    private static String prop(Messages m, Prop p) {
        String where = part(m, p.at());
        return switch (p.kind()) {
            case MAT, CHAIR, WALL, DOOR_FRAME, WEIGHTS -> m.text("prop." + p.kind().key());
            case CUSHION, BOOK -> m.format("prop." + p.kind().key(), "part", where);
            case PILLOW -> m.format(p.at().size() > 1 ? "prop.pillowBetween" : "prop.pillowUnder", "part", where);
        };
    }

    /** "the head", "the left hand", or "the knees" for both of a pair. */
    private static String part(Messages m, List<Part> at) {
        if (at.isEmpty()) return "";
        String key = at.get(0).key();
        if (at.size() > 1 && key.startsWith("left-")) return m.text("part." + PAIRS.getOrDefault(key.substring(5), key.substring(5) + "s"));
        return m.text("part." + key);
    }

    /** Body parts whose pair has an irregular name. */
    private static final Map<String, String> PAIRS = Map.of("foot", "feet", "toes", "toes");

    /** Every angle the pose sets, the base posture's first, by joint and movement. */
    private static Map<Joint, Map<Joint.Movement, Double>> angles(Pose pose) {
        Map<Joint, Map<Joint.Movement, Double>> out = new EnumMap<>(Joint.class);
        List<Setting> all = new ArrayList<>(pose.base().settings());
        all.addAll(pose.settings());
        for (Setting s : all) out.computeIfAbsent(s.joint(), j -> new EnumMap<>(Joint.Movement.class)).put(s.movement(), s.degrees());
        return out;
    }

    /** "the hips bent", "the pelvis twisted": the joints whose angle changed, grouped by movement. */
    private static List<String> moved(Messages m, Map<Joint, Map<Joint.Movement, Double>> from, Map<Joint, Map<Joint.Movement, Double>> to) {
        Map<Joint.Movement, List<Joint>> byMovement = new LinkedHashMap<>();
        for (Joint joint : Joint.values()) {
            for (Joint.Movement movement : Joint.Movement.values()) {
                double a = from.getOrDefault(joint, Map.of()).getOrDefault(movement, 0.0);
                double b = to.getOrDefault(joint, Map.of()).getOrDefault(movement, 0.0);
                if (Math.abs(b - a) < MOVED_DEGREES) continue;
                List<Joint> joints = byMovement.computeIfAbsent(movement, x -> new ArrayList<>());
                if (!joints.contains(joint)) joints.add(joint);
            }
        }
        List<String> out = new ArrayList<>();
        byMovement.forEach((movement, joints) -> {
            List<String> names = pairs(m, joints);
            out.add(m.format("movement." + movement.key(), "joints", m.and(names), "count", joints.size()));
        });
        return out;
    }

    /** "the left hip" and "the right hip" become "both hips". */
    private static List<String> pairs(Messages m, List<Joint> joints) {
        List<String> keys = joints.stream().map(Joint::key).toList();
        List<String> out = new ArrayList<>();
        for (String j : keys) {
            if (j.startsWith("right-") && keys.contains("left-" + j.substring("right-".length()))) continue;
            if (j.startsWith("left-") && keys.contains("right-" + j.substring("left-".length()))) {
                out.add(m.text("joint." + j.substring("left-".length()) + "s"));
            } else {
                out.add(m.text("joint." + j));
            }
        }
        return out;
    }
}
