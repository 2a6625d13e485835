package org.handouts.render;

import org.handouts.figures.Figure;
import org.handouts.figures.Joint;
import org.handouts.figures.Pose;
import org.handouts.figures.Prop;
import org.handouts.figures.Setting;
import org.handouts.figures.Stage;

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

    static String alt(Figure figure, Stage stage) {
        Pose pose = figure.find(stage).orElseThrow();
        StringBuilder b = new StringBuilder(stage.label()).append(": ").append(pose.base().description());
        List<String> props = figure.props().stream().map(FigureWords::prop).toList();
        if (!props.isEmpty()) b.append(", ").append(String.join(", ", props));
        if (stage != Stage.START) {
            List<String> moved = moved(angles(figure.find(Stage.START).orElseThrow()), angles(pose));
            if (!moved.isEmpty()) b.append("; ").append(String.join(", ", moved));
        }
        return b.append('.').toString();
    }

    private static String prop(Prop p) {
        String where = p.at().isEmpty() ? "" : p.at().get(0).key().replace('-', ' ');
        return switch (p.kind()) {
            case MAT -> "on a mat";
            case CUSHION -> "with a cushion under the " + where;
            case BOOK -> "with a book under the " + where;
            case PILLOW -> "with a pillow " + (p.at().size() > 1 || where.endsWith("s") ? "between the " : "under the ") + where;
            case CHAIR -> "on a chair";
            case WALL -> "against a wall";
            case DOOR_FRAME -> "in a door frame";
            case WEIGHTS -> "holding weights";
        };
    }

    /** Every angle the pose sets, the base posture's first, by joint and movement. */
    private static Map<Joint, Map<Joint.Movement, Double>> angles(Pose pose) {
        Map<Joint, Map<Joint.Movement, Double>> out = new EnumMap<>(Joint.class);
        List<Setting> all = new ArrayList<>(pose.base().settings());
        all.addAll(pose.settings());
        for (Setting s : all) out.computeIfAbsent(s.joint(), j -> new EnumMap<>(Joint.Movement.class)).put(s.movement(), s.degrees());
        return out;
    }

    /** "the hips bent", "the pelvis twisted": the joints whose angle changed, grouped by movement. */
    private static List<String> moved(Map<Joint, Map<Joint.Movement, Double>> from, Map<Joint, Map<Joint.Movement, Double>> to) {
        Map<Joint.Movement, List<String>> byMovement = new LinkedHashMap<>();
        for (Joint joint : Joint.values()) {
            for (Joint.Movement movement : Joint.Movement.values()) {
                double a = from.getOrDefault(joint, Map.of()).getOrDefault(movement, 0.0);
                double b = to.getOrDefault(joint, Map.of()).getOrDefault(movement, 0.0);
                if (Math.abs(b - a) < MOVED_DEGREES) continue;
                List<String> joints = byMovement.computeIfAbsent(movement, m -> new ArrayList<>());
                String name = "the " + joint.key().replace('-', ' ');
                if (!joints.contains(name)) joints.add(name);
            }
        }
        List<String> out = new ArrayList<>();
        byMovement.forEach((movement, joints) -> out.add(and(pairs(joints)) + " " + switch (movement) {
            case BEND -> "bent";
            case SIDE -> "moved sideways";
            case TWIST -> "twisted";
        }));
        return out;
    }

    /** "the left hip" and "the right hip" become "both hips". */
    private static List<String> pairs(List<String> joints) {
        List<String> out = new ArrayList<>();
        for (String j : joints) {
            if (j.startsWith("the right ") && joints.contains("the left " + j.substring("the right ".length()))) continue;
            if (j.startsWith("the left ") && joints.contains("the right " + j.substring("the left ".length()))) {
                out.add("both " + j.substring("the left ".length()) + "s");
            } else {
                out.add(j);
            }
        }
        return out;
    }

    private static String and(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
