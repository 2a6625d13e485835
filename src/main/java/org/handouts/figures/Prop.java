package org.handouts.figures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something drawn with the figure, placed against body parts so it follows the pose. */
public record Prop(Kind kind, List<Part> at) {
    public Prop {
        Objects.requireNonNull(kind);
        at = List.copyOf(at);
        Optional<String> defect = kind.defect(at);
        if (defect.isPresent()) throw new IllegalArgumentException(defect.get());
    }

    /** The props there are, each with where it goes. */
    public enum Kind {
        /** An exercise mat on the floor under the whole figure. */
        MAT("mat", null, "lies under the whole figure"),
        /** A small cushion under a part, usually the head. */
        CUSHION("cushion", "head", "goes under one part, such as head"),
        /** A book under a part, usually the head. */
        BOOK("book", "head", "goes under one part, such as head"),
        /** A pillow between two parts (knees) or under one. */
        PILLOW("pillow", "knees", "goes between knees (or feet), or under one part"),
        /** A chair whose seat is under a part, usually the pelvis. */
        CHAIR("chair", "pelvis", "has its seat under one part, such as pelvis"),
        /** A wall touching a part, on the side the part faces. */
        WALL("wall", "upper-back", "touches one part, such as upper-back or hands"),
        /** A door frame touching a part. */
        DOOR_FRAME("door-frame", "hands", "touches one part, such as hands"),
        /** Hand weights. */
        WEIGHTS("weights", "hands", "go in hands, left-hand or right-hand");

        private final String key;
        private final String defaultAt;
        private final String rule;

        Kind(String key, String defaultAt, String rule) {
            this.key = key;
            this.defaultAt = defaultAt;
            this.rule = rule;
        }

        public String key() {
            return key;
        }

        /** Where the prop goes when no part is named, or empty for a mat. */
        public List<Part> defaultAt() {
            return defaultAt == null ? List.of() : Part.named(defaultAt).orElseThrow();
        }

        /** "goes under one part, such as head": how to place it, for hints. */
        public String rule() {
            return rule;
        }

        /** What is wrong with placing this prop at {@code parts}, if anything. */
        public Optional<String> defect(List<Part> parts) {
            boolean ok = switch (this) {
                case MAT -> parts.isEmpty();
                case PILLOW -> parts.size() == 1 || parts.size() == 2 && parts.get(0).mirror() == parts.get(1);
                case WEIGHTS -> !parts.isEmpty() && parts.stream().allMatch(p -> p == Part.LEFT_HAND || p == Part.RIGHT_HAND);
                case WALL, DOOR_FRAME -> parts.size() == 1 || parts.size() == 2 && parts.get(0).mirror() == parts.get(1);
                default -> parts.size() == 1;
            };
            return ok ? Optional.empty() : Optional.of("a " + key + " " + rule);
        }

        public static Optional<Kind> find(String key) {
            for (Kind k : values()) if (k.key.equals(key)) return Optional.of(k);
            return Optional.empty();
        }
    }
}
