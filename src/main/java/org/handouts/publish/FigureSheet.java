package org.handouts.publish;

import org.handouts.model.Brand;
import org.handouts.model.Exercise;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What {@code handouts figures} publishes: a contact sheet of exercise figures, in one brand's
 * colours, with names or (for a blind test) numbers in a shuffled order.
 */
public final class FigureSheet {
    static final String TEMPLATE = "figures.xhtml";
    /** Where the sheet is written, relative to the output folder. */
    public static final String FILE = "figures.pdf";

    /** What to put on the sheet: no ids means every exercise; no brand means the first. */
    public record Options(List<String> exerciseIds, Optional<String> brandId, boolean names, long seed) {
        public Options {
            exerciseIds = List.copyOf(exerciseIds);
        }
    }

    /** The exercises in sheet order, and the brand whose colours draw them. */
    record Plan(List<Exercise> exercises, Brand brand) {
    }

    private FigureSheet() {
    }

    /** Checks the options against the content and orders the exercises. */
    static Plan plan(Library library, Options options) {
        List<Problem> problems = new ArrayList<>();
        List<Exercise> chosen = new ArrayList<>();
        for (String id : options.exerciseIds()) {
            Exercise e = library.exercises().get(id);
            if (e == null) {
                problems.add(new Problem("command line", 0, 0, "--exercise", "unknown exercise '" + id + "'",
                        "known: " + String.join(", ", library.exercises().keySet())));
            } else if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        Brand brand = options.brandId().map(id -> library.brands().get(id)).orElse(null);
        if (options.brandId().isPresent() && brand == null) {
            problems.add(new Problem("command line", 0, 0, "--brand", "unknown brand '" + options.brandId().get() + "'",
                    "known: " + String.join(", ", library.brands().keySet())));
        }
        if (!problems.isEmpty()) throw new InvalidContentException(problems);
        if (chosen.isEmpty()) chosen.addAll(library.exercises().values());
        if (!options.names()) Collections.shuffle(chosen, new Random(options.seed()));
        return new Plan(List.copyOf(chosen), brand != null ? brand : library.brands().firstEntry().getValue());
    }
}
