package org.handouts.model;

import java.util.Optional;

/** The dose fields a routine changes for one exercise; absent fields keep the exercise's own. */
public record DosePatch(Optional<Range> reps, Optional<Amount> hold, Optional<Amount> time, Optional<Sides> sides,
                        Optional<Integer> sets, Optional<Frequency> howOften) {

    public static final DosePatch NONE = new DosePatch(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** This patch with {@code later}'s fields on top (a pack's change on top of a routine's). */
    public DosePatch then(DosePatch later) {
        return new DosePatch(later.reps.or(() -> reps), later.hold.or(() -> hold), later.time.or(() -> time),
                later.sides.or(() -> sides), later.sets.or(() -> sets), later.howOften.or(() -> howOften));
    }
}
