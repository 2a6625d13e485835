package org.handouts.model;

import org.handouts.figures.Figure;
import org.handouts.figures.Stage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise as the content library describes it, with its default dose. {@code positions} are
 * the body positions it can be done in (most have one; some, such as neck exercises, can be done
 * sitting or standing). {@code figure}, when present, pictures it ({@code <img class="figure"
 * src="figure:<id>/start">} in a template). {@code pictures} are the clinic's own pictures, by
 * stage: a stage with one shows it instead of the drawn figure.
 */
public record Exercise(String id, String name, List<String> aliases, Category category, List<Position> positions,
                       String purpose, String start, List<String> steps, Dose dose, List<String> tips,
                       List<String> cautions, List<Equipment> equipment, List<String> sources,
                       Optional<Figure> figure, Map<Stage, Picture> pictures) {

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
        Objects.requireNonNull(figure);
        pictures = pictures.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(pictures));
        if (steps.isEmpty()) throw new IllegalArgumentException("an exercise needs steps");
    }

    /** The exercise without a figure or pictures: for code and tests that do not draw. */
    public Exercise(String id, String name, List<String> aliases, Category category, List<Position> positions,
                    String purpose, String start, List<String> steps, Dose dose, List<String> tips,
                    List<String> cautions, List<Equipment> equipment, List<String> sources) {
        this(id, name, aliases, category, positions, purpose, start, steps, dose, tips, cautions, equipment, sources,
                Optional.empty(), Map.of());
    }

    /** The same exercise needing this equipment: a translation's, whose words are translated too. */
    public Exercise withEquipment(List<Equipment> newEquipment) {
        return new Exercise(id, name, aliases, category, positions, purpose, start, steps, dose, tips, cautions,
                newEquipment, sources, figure, pictures);
    }

    /** The clinic's own picture for a stage, if it gave one. */
    public Optional<Picture> findPicture(Stage stage) {
        return Optional.ofNullable(pictures.get(stage));
    }
}
