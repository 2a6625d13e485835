package org.handouts.render;

import org.handouts.model.Amount;
import org.handouts.model.Dose;
import org.handouts.model.Range;
import org.handouts.model.Sides;

import java.util.ArrayList;
import java.util.List;

/** Says a dose in plain words for the handout, and in a few for the tracker. */
public final class DoseWording {

    private DoseWording() {
    }

    /** Sentences such as "Repeat 8 to 10 times, alternating sides." and "Hold for 5 to 10 seconds." */
    public static List<String> sentences(Dose dose) {
        List<String> out = new ArrayList<>();
        dose.reps().ifPresent(reps -> out.add(switch (dose.sides()) {
            case BOTH -> "Repeat " + times(reps) + ".";
            case ALTERNATING -> "Repeat " + times(reps) + ", alternating sides.";
            case EACH -> "Repeat " + times(reps) + " on one side, then change sides.";
        }));
        dose.hold().ifPresent(hold -> out.add("Hold for " + holdWords(hold) + " each time."));
        dose.time().ifPresent(time -> out.add(switch (dose.reps().isPresent() ? Sides.BOTH : dose.sides()) {
            case BOTH -> "Keep going for " + time.words() + ".";
            case ALTERNATING -> "Keep going for " + time.words() + ", switching sides as you go.";
            case EACH -> "Keep going for " + time.words() + ", then change sides.";
        }));
        if (dose.sets() > 1) out.add("Do this " + dose.sets() + " times, with a short rest in between.");
        dose.howOften().ifPresent(f -> out.add("Do this exercise " + f.words() + "."));
        return out;
    }

    /** A short target for a tracker row: "8–10 times, alternating · hold 1 breath". */
    public static String compact(Dose dose) {
        List<String> parts = new ArrayList<>();
        dose.reps().ifPresent(reps -> parts.add(reps.compact() + (reps.isOne() ? " time" : " times")
                + switch (dose.sides()) {
                    case BOTH -> "";
                    case ALTERNATING -> ", alternating";
                    case EACH -> " each side";
                }));
        dose.hold().ifPresent(hold -> parts.add("hold " + hold.compact()));
        dose.time().ifPresent(time -> parts.add(time.compact()
                + (dose.reps().isEmpty() && dose.sides() == Sides.EACH ? " each side" : "")));
        if (dose.sets() > 1) parts.add(dose.sets() + " rounds");
        return String.join(" \u00b7 ", parts);
    }

    private static String times(Range reps) {
        if (reps.isSingle() && reps.min() == 1) return "once";
        return reps.words() + " times";
    }

    private static String holdWords(Amount hold) {
        if (hold.unit() == Amount.Unit.BREATHS && hold.value().isOne()) return "1 deep breath";
        return hold.words();
    }
}
