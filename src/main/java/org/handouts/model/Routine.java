package org.handouts.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A routine: the ordered exercises of one handout and the advice around them. {@code topic} says
 * what it is for ("lower back pain", "neck and shoulders"); it goes into each PDF's metadata.
 */
public record Routine(String id, String title, String topic, Level level, String forWhom, Frequency howOften, OptionalInt minutes,
                      String stopIf, String warmUp, List<RoutineItem> items, String coolDown, List<String> advice,
                      List<String> movingUp, Optional<String> next) {

    public Routine {
        Ids.require(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(level);
        Objects.requireNonNull(forWhom);
        Objects.requireNonNull(howOften);
        Objects.requireNonNull(minutes);
        Objects.requireNonNull(stopIf);
        Objects.requireNonNull(warmUp);
        Objects.requireNonNull(coolDown);
        Objects.requireNonNull(next);
        items = List.copyOf(items);
        advice = List.copyOf(advice);
        movingUp = List.copyOf(movingUp);
        if (items.isEmpty()) throw new IllegalArgumentException("a routine needs exercises");
    }
}
