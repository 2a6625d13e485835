package org.handouts.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The whole validated content: every brand, source, exercise, advice block and routine, by id;
 * and the warnings the load gave (files in the content folders that nothing uses), which do not
 * stop a build but are printed with it.
 */
public record Library(SequencedMap<String, Brand> brands, SequencedMap<String, Source> sources,
                      SequencedMap<String, Exercise> exercises, SequencedMap<String, Advice> advice,
                      SequencedMap<String, Routine> routines, List<Problem> warnings) {

    public Library {
        brands = copy(brands);
        sources = copy(sources);
        exercises = copy(exercises);
        advice = copy(advice);
        routines = copy(routines);
        warnings = List.copyOf(warnings);
    }

    /** A library without warnings. */
    public Library(SequencedMap<String, Brand> brands, SequencedMap<String, Source> sources,
                   SequencedMap<String, Exercise> exercises, SequencedMap<String, Advice> advice,
                   SequencedMap<String, Routine> routines) {
        this(brands, sources, exercises, advice, routines, List.of());
    }

    /** The same content with these warnings. */
    public Library withWarnings(List<Problem> newWarnings) {
        return new Library(brands, sources, exercises, advice, routines, newWarnings);
    }

    private static <V> SequencedMap<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableSequencedMap(new LinkedHashMap<>(map));
    }

    public Optional<Exercise> findExercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public Exercise requireExercise(String id) {
        return require(exercises, id, "exercise");
    }

    public Advice requireAdvice(String id) {
        return require(advice, id, "advice");
    }

    public Routine requireRoutine(String id) {
        return require(routines, id, "routine");
    }

    public Brand requireBrand(String id) {
        return require(brands, id, "brand");
    }

    public Source requireSource(String id) {
        return require(sources, id, "source");
    }

    private static <V> V require(Map<String, V> map, String id, String kind) {
        V value = map.get(id);
        if (value == null) throw new IllegalArgumentException("no " + kind + " with id " + id);
        return value;
    }
}
