package org.handouts.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SequencedMap;

/** Small, valid model objects for tests; each builder takes only what a test varies. */
public final class ModelSamples {

    private ModelSamples() {
    }

    public static Range range(int min, int max) {
        return new Range(min, max);
    }

    public static Amount seconds(int min, int max) {
        return new Amount(new Range(min, max), Amount.Unit.SECONDS);
    }

    public static Amount minutes(int n) {
        return new Amount(Range.of(n), Amount.Unit.MINUTES);
    }

    public static Amount breaths(int min, int max) {
        return new Amount(new Range(min, max), Amount.Unit.BREATHS);
    }

    public static Dose reps(int min, int max) {
        return new Dose(Optional.of(new Range(min, max)), Optional.empty(), Optional.empty(), Sides.BOTH, 1,
                Optional.empty());
    }

    public static Dose dose(Optional<Range> reps, Optional<Amount> hold, Optional<Amount> time, Sides sides, int sets,
                            Optional<Frequency> howOften) {
        return new Dose(reps, hold, time, sides, sets, howOften);
    }

    public static DosePatch patchReps(int n) {
        return new DosePatch(Optional.of(Range.of(n)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static Brand brand(String id, String name) {
        return new Brand(id, name, Path.of("/nonexistent/" + id + "-logo.png").toAbsolutePath(),
                Colour.findParsed("#0f4c5c").orElseThrow(), Colour.findParsed("#e07a2e").orElseThrow(),
                List.of("1 High Street", "Townsville"), "01632 960000", "clinic.example", Optional.of("hi@clinic.example"),
                "Not a substitute for your own doctor.", Catalogue.EVERY_ROUTINE, List.of(Variant.STANDARD));
    }

    public static Source source(String id) {
        return new Source(id, "Title of " + id, "Publisher of " + id, Optional.empty());
    }

    public static Advice advice(String id, String... sources) {
        return new Advice(id, "Advice " + id, Optional.empty(), List.of("Point of " + id), List.of(sources));
    }

    public static Exercise exercise(String id, String name, Position position, Dose dose, String... sources) {
        return new Exercise(id, name, List.of(), Category.MOBILITY, List.of(position), "Purpose of " + id,
                "Start of " + id, List.of("Step one of " + id), dose, List.of(), List.of(), List.of(), List.of(sources));
    }

    public static Routine routine(String id, String title, Level level, List<RoutineItem> items, String stopIf,
                                  String warmUp, String coolDown, List<String> advice, Optional<String> next) {
        return new Routine(id, title, "stiff knees", level, "For anyone.", Frequency.DAILY, OptionalInt.of(20), stopIf, warmUp, items,
                coolDown, advice, List.of("You find it easy."), next);
    }

    public static RoutineItem item(String exerciseId) {
        return new RoutineItem(exerciseId, DosePatch.NONE);
    }

    public static RoutineItem item(String exerciseId, DosePatch patch) {
        return new RoutineItem(exerciseId, patch);
    }

    @SafeVarargs
    public static <T> SequencedMap<String, T> byId(java.util.function.Function<T, String> id, T... values) {
        SequencedMap<String, T> map = new LinkedHashMap<>();
        for (T v : values) map.put(id.apply(v), v);
        return map;
    }
}
