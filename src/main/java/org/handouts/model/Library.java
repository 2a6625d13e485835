package org.handouts.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The whole validated content: every brand, source, exercise, advice block and routine, by id;
 * the warnings the load gave (files in the content folders that nothing uses), which do not
 * stop a build but are printed with it; and the content's translations into other languages, by
 * language code. The library itself is in the content's own language, English ({@link #CONTENT_LANGUAGE});
 * {@link #in} gives it in another.
 */
public record Library(SequencedMap<String, Brand> brands, SequencedMap<String, Source> sources,
                      SequencedMap<String, Exercise> exercises, SequencedMap<String, Advice> advice,
                      SequencedMap<String, Routine> routines, List<Problem> warnings,
                      SequencedMap<String, Translation> translations) {

    /** The language of the content files' main fields. */
    public static final String CONTENT_LANGUAGE = "en";

    public Library {
        brands = copy(brands);
        sources = copy(sources);
        exercises = copy(exercises);
        advice = copy(advice);
        routines = copy(routines);
        warnings = List.copyOf(warnings);
        translations = copy(translations);
        if (translations.containsKey(CONTENT_LANGUAGE)) throw new IllegalArgumentException("English is the content's own language");
    }

    /** A library with these warnings and no translations. */
    public Library(SequencedMap<String, Brand> brands, SequencedMap<String, Source> sources,
                   SequencedMap<String, Exercise> exercises, SequencedMap<String, Advice> advice,
                   SequencedMap<String, Routine> routines, List<Problem> warnings) {
        this(brands, sources, exercises, advice, routines, warnings, new LinkedHashMap<>());
    }

    /** A library without warnings or translations. */
    public Library(SequencedMap<String, Brand> brands, SequencedMap<String, Source> sources,
                   SequencedMap<String, Exercise> exercises, SequencedMap<String, Advice> advice,
                   SequencedMap<String, Routine> routines) {
        this(brands, sources, exercises, advice, routines, List.of());
    }

    /** The same content with these warnings. */
    public Library withWarnings(List<Problem> newWarnings) {
        return new Library(brands, sources, exercises, advice, routines, newWarnings, translations);
    }

    /** The same content with these translations. */
    public Library withTranslations(SequencedMap<String, Translation> newTranslations) {
        return new Library(brands, sources, exercises, advice, routines, warnings, newTranslations);
    }

    /**
     * The content in {@code language}: this library for English, else its translation, which holds
     * only the items fully translated (the content stage refuses a build that would print any other).
     *
     * @throws IllegalArgumentException when no content file is translated into the language
     */
    public Library in(String language) {
        if (language.equals(CONTENT_LANGUAGE)) return this;
        Translation t = translations.get(language);
        if (t == null) throw new IllegalArgumentException("no content is translated into " + language);
        return t.library();
    }

    /** The translation into {@code language}, if any content file has one. */
    public Optional<Translation> findTranslation(String language) {
        return Optional.ofNullable(translations.get(language));
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
