package org.handouts.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pictures of one exercise, as data: a view, props, a start and an end pose (and optionally
 * one halfway), and an optional movement arrow. Drawn by {@link Figures}.
 */
public record Figure(View view, boolean flip, List<Prop> props, Map<Stage, Pose> poses, Optional<Arrow> arrow) {
    public Figure {
        Objects.requireNonNull(view);
        props = List.copyOf(props);
        Objects.requireNonNull(arrow);
        if (!poses.containsKey(Stage.START) || !poses.containsKey(Stage.END)) {
            throw new IllegalArgumentException("a figure needs a start and an end pose");
        }
        poses = java.util.Collections.unmodifiableMap(new EnumMap<>(poses));
    }

    /** The stages this figure has, in order: start, (middle,) end. */
    public List<Stage> stages() {
        return List.copyOf(poses.keySet());
    }

    public Optional<Pose> find(Stage stage) {
        return Optional.ofNullable(poses.get(stage));
    }
}
