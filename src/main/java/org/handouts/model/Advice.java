package org.handouts.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A titled block of advice points: when to stop, warm-up, what to expect. */
public record Advice(String id, String title, Optional<String> intro, List<String> points, List<String> sources) {

    public Advice {
        Ids.require(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(intro);
        points = List.copyOf(points);
        sources = List.copyOf(sources);
    }
}
