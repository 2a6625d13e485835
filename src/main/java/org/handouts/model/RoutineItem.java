package org.handouts.model;

import java.util.Objects;

/** One place in a routine: which exercise, and what of its dose the routine changes. */
public record RoutineItem(String exerciseId, DosePatch dose) {

    public RoutineItem {
        Ids.require(exerciseId);
        Objects.requireNonNull(dose);
    }
}
