package org.handouts.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stage of a patient's programme: a routine for some weeks, changed for this patient.
 *
 * @param weeks   how many weeks the stage lasts (its weekly sheets)
 * @param leftOut exercise ids of the routine the patient does not do
 * @param added   exercises from the library added to the routine, each placed with its position group
 * @param doses   dose changes by exercise id, for the routine's and the added exercises
 */
public record Stage(String routineId, int weeks, List<String> leftOut, List<RoutineItem> added,
                    Map<String, DosePatch> doses) {

    public Stage {
        Ids.require(routineId);
        if (weeks < 1) throw new IllegalArgumentException("a stage lasts at least a week");
        leftOut = List.copyOf(leftOut);
        added = List.copyOf(added);
        doses = Map.copyOf(doses);
    }

    /** A stage that does the routine as written. */
    public static Stage of(String routineId, int weeks) {
        return new Stage(routineId, weeks, List.of(), List.of(), Map.of());
    }

    /**
     * The routine as this patient does it in this stage: left-out exercises removed, added ones
     * placed after the last exercise in the same position (or, when none is, before the first
     * exercise of a later position, keeping groups together), then the dose changes applied.
     */
    public Routine personalise(Routine routine, Library library) {
        Set<String> out = Set.copyOf(leftOut);
        List<RoutineItem> items = new ArrayList<>(routine.items().stream().filter(i -> !out.contains(i.exerciseId())).toList());
        for (RoutineItem add : added) {
            List<Position> p = library.requireExercise(add.exerciseId()).positions();
            int at = items.size();
            int lastSame = -1;
            for (int i = 0; i < items.size(); i++) {
                if (shares(positions(items.get(i), library), p)) lastSame = i;
            }
            if (lastSame >= 0) {
                at = lastSame + 1;
            } else {
                for (int i = 0; i < items.size(); i++) {
                    if (first(positions(items.get(i), library)) > first(p)) {
                        at = groupStart(items, i, library);
                        break;
                    }
                }
            }
            items.add(at, add);
        }
        List<RoutineItem> dosed = items.stream()
                .map(i -> new RoutineItem(i.exerciseId(), i.dose().then(doses.getOrDefault(i.exerciseId(), DosePatch.NONE))))
                .toList();
        // Advice on moving up that names a left-out exercise would bring it back onto the page.
        List<String> names = leftOut.stream().flatMap(id -> {
            Exercise e = library.requireExercise(id);
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream());
        }).map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> movingUp = routine.movingUp().stream()
                .filter(line -> names.stream().noneMatch(n -> line.toLowerCase(java.util.Locale.ROOT).contains(n))).toList();
        return new Routine(routine.id(), routine.title(), routine.topic(), routine.level(), routine.forWhom(), routine.howOften(),
                routine.minutes(), routine.stopIf(), routine.warmUp(), dosed, routine.coolDown(), routine.advice(),
                movingUp, routine.next());
    }

    /** The first index of the position group that item {@code i} belongs to, so a group is never split. */
    private static int groupStart(List<RoutineItem> items, int i, Library library) {
        int start = i;
        while (start > 0 && shares(positions(items.get(start - 1), library), positions(items.get(start), library))) start--;
        return start;
    }

    private static List<Position> positions(RoutineItem item, Library library) {
        return library.requireExercise(item.exerciseId()).positions();
    }

    private static boolean shares(List<Position> a, List<Position> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static int first(List<Position> positions) {
        return positions.stream().mapToInt(Enum::ordinal).min().orElse(0);
    }

    @Override
    public String toString() {
        return routineId + " for " + weeks + (weeks == 1 ? " week" : " weeks");
    }
}
