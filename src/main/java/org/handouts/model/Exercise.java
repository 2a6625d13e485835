package org.handouts.model;

import java.util.List;
import java.util.Objects;

/**
 * One exercise as the content library describes it, with its default dose. {@code positions} are
 * the body positions it can be done in (most have one; some, such as neck exercises, can be done
 * sitting or standing).
 */
public record Exercise(String id, String name, List<String> aliases, Category category, List<Position> positions,
                       String purpose, String start, List<String> steps, Dose dose, List<String> tips,
                       List<String> cautions, List<Equipment> equipment, List<String> sources) {

    public Exercise {
        Ids.require(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(category);
        positions = List.copyOf(positions);
        if (positions.isEmpty()) throw new IllegalArgumentException("an exercise needs a position");
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(start);
        Objects.requireNonNull(dose);
        aliases = List.copyOf(aliases);
        steps = List.copyOf(steps);
        tips = List.copyOf(tips);
        cautions = List.copyOf(cautions);
        equipment = List.copyOf(equipment);
        sources = List.copyOf(sources);
        if (steps.isEmpty()) throw new IllegalArgumentException("an exercise needs steps");
    }
}
