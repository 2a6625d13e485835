package org.handouts.content;

import org.handouts.figures.Arrow;
import org.handouts.figures.Figure;
import org.handouts.figures.Figures;
import org.handouts.figures.Issue;
import org.handouts.figures.Joint;
import org.handouts.figures.Part;
import org.handouts.figures.Pose;
import org.handouts.figures.Posture;
import org.handouts.figures.Prop;
import org.handouts.figures.Setting;
import org.handouts.figures.Stage;
import org.handouts.figures.View;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an exercise's {@code figure:} block (docs/figures.md) into a {@link Figure}, reporting
 * every defect at its line and column: unknown joints, parts, props or views (with "did you mean"),
 * a missing start or end pose, angles beyond what a body can do, and, once the figure is posed,
 * floor contacts that do not touch and parts through the floor.
 */
final class FigureReader {
    private static final String DOC = "see docs/figures.md";
    private final Fields exercise;
    private final Map<String, Node> located = new HashMap<>();
    private boolean ok = true;

    private FigureReader(Fields exercise) {
        this.exercise = exercise;
    }

    /** The figure of an exercise: empty when it has none (ok) or when it has problems (reported). */
    static Optional<Figure> read(Fields exercise) {
        FigureReader reader = new FigureReader(exercise);
        return exercise.nested("figure", false, "").flatMap(reader::figure);
    }

    /** Whether the exercise's figure, if it has one, read without problems. */
    private Optional<Figure> figure(Fields f) {
        located.put("", f.node());
        View view = f.find("view").flatMap(n -> keyword(f, n, f.path("view"), "view", View::find,
                Arrays.stream(View.values()).map(View::key).toList())).orElse(View.SIDE);
        boolean flip = f.find("flip").map(n -> bool(f, n, f.path("flip"))).orElse(false);
        List<Prop> props = f.find("props").map(n -> props(f, n)).orElse(List.of());
        Map<Stage, Pose> poses = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            boolean required = stage != Stage.MIDDLE;
            Optional<Fields> pose = f.nested(stage.key(), required, "a figure needs a start and an end pose, each with base: and the joints that differ; " + DOC);
            if (pose.isEmpty() && required) ok = false;
            pose.flatMap(p -> pose(p, stage.key())).ifPresent(p -> poses.put(stage, p));
        }
        Optional<Arrow> arrow = f.nested("arrow", false, "").flatMap(this::arrow);
        f.finish();
        if (!ok || !f.unknownKeys().isEmpty()) return Optional.empty();
        Figure figure = new Figure(view, flip, props, poses, arrow);
        List<Issue> issues = Figures.check(figure);
        for (Issue issue : issues) {
            Node at = locate(issue.field());
            f.problem(at, f.path(issue.field()), issue.message(), issue.hint());
        }
        return issues.isEmpty() ? Optional.of(figure) : Optional.empty();
    }

    private Node locate(String field) {
        String key = field;
        while (!located.containsKey(key)) {
            int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
            key = cut < 0 ? "" : key.substring(0, cut);
        }
        return located.get(key);
    }

    private Optional<Pose> pose(Fields p, String where) {
        located.put(where, p.node());
        Optional<Posture> base = p.expect("base", "one of: " + String.join(", ", postureKeys()))
                .flatMap(n -> keyword(p, n, p.path("base"), "base posture", Posture::find, postureKeys()));
        if (base.isEmpty()) ok = false;
        List<Part> floor = new ArrayList<>();
        p.find("floor").ifPresent(n -> {
            located.put(where + ".floor", n);
            p.list(n, p.path("floor"), 1, 20, "list the parts that rest on the floor, such as [head, pelvis, feet]")
                    .ifPresentOrElse(items -> {
                        for (int i = 0; i < items.size(); i++) {
                            part(p, items.get(i), p.path("floor") + "[" + (i + 1) + "]").ifPresent(floor::addAll);
                        }
                    }, () -> ok = false);
        });
        List<Setting> both = new ArrayList<>();
        List<Setting> oneSide = new ArrayList<>();
        for (String key : p.unknownKeys()) {
            Node.Entry entry = ((Node.Mapping) p.node()).find(key).orElseThrow();
            Optional<List<Joint>> joints = Joint.named(key);
            if (joints.isEmpty()) {
                p.problem(new Node.Scalar(key, Node.Scalar.Type.TEXT, entry.line(), entry.column()), p.path(Texts.shorten(key)),
                        "unknown joint '" + Texts.shorten(key) + "'", Suggestions.findClosest(key, allKeys())
                                .map(c -> "did you mean '" + c + "'?")
                                .orElse("joints: " + String.join(", ", Joint.names()) + "; also base and floor"));
                ok = false;
                continue;
            }
            located.put(where + "." + key, entry.value());
            (joints.get().size() > 1 ? both : oneSide).addAll(angles(p, key, entry.value(), joints.get()));
        }
        List<Setting> settings = new ArrayList<>(both);
        settings.addAll(oneSide);
        return base.map(b -> new Pose(b, settings, floor));
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(Joint.names());
        keys.add("base");
        keys.add("floor");
        return keys;
    }

    private static List<String> postureKeys() {
        return Arrays.stream(Posture.values()).map(Posture::key).toList();
    }

    /** A joint's angles: a number is its bend; a mapping gives bend, side and twist. */
    private List<Setting> angles(Fields p, String key, Node value, List<Joint> joints) {
        Joint sample = joints.get(0);
        String where = p.path(key);
        Map<Joint.Movement, Node> given = new EnumMap<>(Joint.Movement.class);
        if (value instanceof Node.Mapping m) {
            for (Node.Entry e : m.entries()) {
                Optional<Joint.Movement> movement = Joint.Movement.find(e.key());
                List<String> allowed = sample.movements().stream().map(Joint.Movement::key).toList();
                if (movement.isEmpty() || !allowed.contains(e.key())) {
                    Node at = new Node.Scalar(e.key(), Node.Scalar.Type.TEXT, e.line(), e.column());
                    p.problem(at, where + "." + Texts.shorten(e.key()), movement.isEmpty()
                                    ? "unknown movement '" + Texts.shorten(e.key()) + "'"
                                    : key + " cannot " + e.key(),
                            movement.isEmpty() ? Suggestions.hint(e.key(), allowed)
                                    : key + " can only " + String.join(", ", allowed) + (allowed.size() == 1 ? "; write " + key + ": <degrees>" : ""));
                    ok = false;
                    continue;
                }
                given.put(movement.get(), e.value());
            }
        } else {
            given.put(Joint.Movement.BEND, value);
        }
        List<Setting> out = new ArrayList<>();
        given.forEach((movement, node) -> {
            String field = value instanceof Node.Mapping ? where + "." + movement.key() : where;
            degrees(p, node, field).ifPresent(d -> {
                Joint.Range range = sample.range(movement).orElseThrow();
                if (!range.contains(d)) {
                    p.problem(node, field, Joint.format(d) + " degrees is beyond what a body can do",
                            key + " " + movement.key() + " goes from " + range.describe());
                    ok = false;
                    return;
                }
                for (Joint j : joints) out.add(new Setting(j, movement, d));
            });
        });
        return out;
    }

    private Optional<Double> degrees(Fields p, Node node, String where) {
        if (node instanceof Node.Scalar s && (s.type() == Node.Scalar.Type.INTEGER || s.type() == Node.Scalar.Type.DECIMAL)) {
            try {
                double d = Double.parseDouble(s.text().replace("_", ""));
                if (Double.isFinite(d)) return Optional.of(d);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        String found = node instanceof Node.Scalar s ? "'" + Texts.shorten(s.text()) + "'" : node.describe();
        p.problem(node, where, "expected an angle in degrees but found " + found,
                "write a number such as 45, or bend:, side: and twist: on their own lines");
        ok = false;
        return Optional.empty();
    }

    private Optional<List<Part>> part(Fields f, Node node, String where) {
        Optional<String> name = f.scalarText(node, where).map(String::strip);
        if (name.isEmpty()) {
            ok = false;
            return Optional.empty();
        }
        Optional<List<Part>> parts = Part.named(name.get());
        if (parts.isEmpty()) {
            f.problem(node, where, "unknown body part '" + Texts.shorten(name.get()) + "'",
                    Suggestions.findClosest(name.get(), Part.names()).map(c -> "did you mean '" + c + "'?")
                            .orElse("parts: head, upper-back, lower-back, pelvis, and left-/right- or both: " + pluralParts()));
            ok = false;
        }
        return parts;
    }

    private static String pluralParts() {
        return String.join(", ", Part.names().stream().filter(n -> !n.startsWith("left-") && !n.startsWith("right-")
                && !List.of("head", "upper-back", "lower-back", "pelvis").contains(n)).toList());
    }

    private List<Prop> props(Fields f, Node node) {
        List<Prop> props = new ArrayList<>();
        String where = f.path("props");
        Optional<List<Node>> items = f.list(node, where, 0, 8, "");
        if (items.isEmpty()) {
            ok = false;
            return props;
        }
        List<String> kinds = Arrays.stream(Prop.Kind.values()).map(Prop.Kind::key).toList();
        for (int i = 0; i < items.get().size(); i++) {
            Node item = items.get().get(i);
            String at = where + "[" + (i + 1) + "]";
            located.put("props[" + (i + 1) + "]", item);
            Node kindNode = item;
            Node partNode = null;
            if (item instanceof Node.Mapping m && m.entries().size() == 1) {
                Node.Entry e = m.entries().get(0);
                kindNode = new Node.Scalar(e.key(), Node.Scalar.Type.TEXT, e.line(), e.column());
                partNode = e.value();
            } else if (item instanceof Node.Mapping) {
                f.problem(item, at, "a prop is one name, or one name with a body part",
                        "write '- mat' or '- cushion: head', one prop per line");
                ok = false;
                continue;
            }
            Optional<Prop.Kind> kind = keyword(f, kindNode, at, "prop", Prop.Kind::find, kinds);
            if (kind.isEmpty()) continue;
            List<Part> parts = kind.get().defaultAt();
            if (partNode != null) {
                Optional<List<Part>> named = part(f, partNode, at + "." + kind.get().key());
                if (named.isEmpty()) continue;
                parts = named.get();
            }
            Optional<String> defect = kind.get().defect(parts);
            if (defect.isPresent()) {
                f.problem(partNode != null ? partNode : item, at, defect.get(), "see the props table in docs/figures.md");
                ok = false;
                continue;
            }
            props.add(new Prop(kind.get(), parts));
        }
        return props;
    }

    private Optional<Arrow> arrow(Fields a) {
        located.put("arrow", a.node());
        Optional<List<Part>> follow = a.expect("follow", "the body part whose movement the arrow traces, such as right-knee")
                .flatMap(n -> part(a, n, a.path("follow")));
        if (follow.isPresent() && follow.get().size() != 1) {
            a.problem(a.find("follow").orElseThrow(), a.path("follow"), "the arrow follows one part",
                    "name one side, such as right-knee rather than knees");
            ok = false;
        }
        boolean curved = a.find("shape").flatMap(n -> keyword(a, n, a.path("shape"), "shape",
                s -> s.equals("curved") || s.equals("straight") ? Optional.of(s) : Optional.empty(),
                List.of("curved", "straight"))).map("curved"::equals).orElse(true);
        Stage on = a.find("on").flatMap(n -> keyword(a, n, a.path("on"), "pose", Stage::find,
                Arrays.stream(Stage.values()).map(Stage::key).toList())).orElse(Stage.START);
        double[] offset = {0, 0};
        a.find("offset").ifPresent(n -> {
            Optional<List<Node>> xy = a.list(n, a.path("offset"), 2, 2, "two numbers: right and up, such as [0, 5]");
            if (xy.isEmpty()) {
                ok = false;
                return;
            }
            for (int i = 0; i < 2; i++) {
                Optional<Double> d = degrees(a, xy.get().get(i), a.path("offset") + "[" + (i + 1) + "]");
                if (d.isPresent()) offset[i] = d.get();
            }
        });
        a.finish();
        if (follow.isEmpty() || follow.get().size() != 1 || !a.unknownKeys().isEmpty()) {
            ok = false;
            return Optional.empty();
        }
        return Optional.of(new Arrow(follow.get().get(0), curved, on, offset[0], offset[1]));
    }

    private boolean bool(Fields f, Node n, String where) {
        if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.BOOLEAN) return Boolean.parseBoolean(s.text().strip().toLowerCase(java.util.Locale.ROOT));
        f.problem(n, where, "expected true or false", "write flip: true to mirror the picture");
        ok = false;
        return false;
    }

    private <T> Optional<T> keyword(Fields f, Node node, String where, String what,
                                    java.util.function.Function<String, Optional<T>> find, List<String> known) {
        Optional<String> text = f.scalarText(node, where).map(String::strip);
        if (text.isEmpty()) {
            ok = false;
            return Optional.empty();
        }
        Optional<T> value = find.apply(text.get());
        if (value.isEmpty()) {
            f.problem(node, where, "unknown " + what + " '" + Texts.shorten(text.get()) + "'", Suggestions.hint(text.get(), known));
            ok = false;
        }
        return value;
    }
}
