package org.handouts.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How much of an exercise to do. At least one of {@code reps} or {@code time} is present; a hold
 * applies to each repetition.
 */
public record Dose(Optional<Range> reps, Optional<Amount> hold, Optional<Amount> time, Sides sides, int sets,
                   Optional<Frequency> howOften) {

    public Dose {
        Objects.requireNonNull(reps);
        Objects.requireNonNull(hold);
        Objects.requireNonNull(time);
        Objects.requireNonNull(sides);
        Objects.requireNonNull(howOften);
        if (reps.isEmpty() && time.isEmpty()) throw new IllegalArgumentException("a dose needs reps or time");
        if (sets < 1) throw new IllegalArgumentException("sets must be at least 1");
    }

    /** This dose with the fields the patch sets replaced. */
    public Dose with(DosePatch patch) {
        return new Dose(
                patch.reps().or(this::reps),
                patch.hold().or(this::hold),
                patch.time().or(this::time),
                patch.sides().orElse(sides),
                patch.sets().orElse(sets),
                patch.howOften().or(this::howOften));
    }

    /**
     * True when the patient does the whole dose on the left and then on the right, so a tracker
     * gives each side its own box. Alternating sides is one go, with one box.
     */
    public boolean perSide() {
        return sides == Sides.EACH;
    }
}
