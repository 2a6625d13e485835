package org.handouts.content;

import org.handouts.model.Position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a routine's exercises come in groups by body position, so the patient gets up and down as
 * few times as possible: once the routine leaves a position it does not come back to it. An
 * exercise that can be done in several positions joins whichever group fits; the check tries
 * every choice (at most 10 exercises and 7 positions, so the states stay few).
 */
final class PositionGroups {
    /** Where the patient is after some exercises: the current position and the ones already left. */
    private record State(Position current, Set<Position> left) {
    }

    private PositionGroups() {
    }

    /**
     * The indexes of the exercises that return to a position the routine has already left, whatever
     * positions the others are done in. Each such exercise is reported and then left out, so one
     * misplaced exercise is one problem.
     */
    static List<Integer> outOfGroup(List<List<Position>> positionsPerExercise) {
        List<Integer> misplaced = new ArrayList<>();
        Set<State> states = Set.of(new State(null, Set.of()));
        for (int i = 0; i < positionsPerExercise.size(); i++) {
            Set<State> next = new HashSet<>();
            for (State s : states) {
                for (Position p : positionsPerExercise.get(i)) {
                    if (p == s.current()) {
                        next.add(s);
                    } else if (!s.left().contains(p)) {
                        Set<Position> left = new HashSet<>(s.left());
                        if (s.current() != null) left.add(s.current());
                        next.add(new State(p, Set.copyOf(left)));
                    }
                }
            }
            if (next.isEmpty()) misplaced.add(i);
            else states = next;
        }
        return misplaced;
    }
}
