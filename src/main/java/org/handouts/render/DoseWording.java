package org.handouts.render;

import org.handouts.languages.Messages;
import org.handouts.model.Amount;
import org.handouts.model.Dose;
import org.handouts.model.Range;
import org.handouts.model.Sides;

import java.util.ArrayList;
import java.util.List;

/**
 * Says a dose in plain words for the handout, and in a few for the tracker, in the language of the
 * message bundle: the bundle's plural rules pick "once", "1 vez" or "8 to 10 times".
 */
public final class DoseWording {

    private DoseWording() {
    }

    /** Sentences such as "Repeat 8 to 10 times, alternating sides." and "Hold for 5 to 10 seconds each time." */
    public static List<String> sentences(Messages m, Dose dose) {
        List<String> out = new ArrayList<>();
        dose.reps().ifPresent(reps -> out.add(m.format(switch (dose.sides()) {
            case BOTH -> "dose.repeat";
            case ALTERNATING -> "dose.repeatAlternating";
            case EACH -> "dose.repeatEach";
        }, "times", times(m, reps))));
        dose.hold().ifPresent(hold -> out.add(m.format("dose.hold", "amount", hold.unit() == Amount.Unit.BREATHS
                ? amount(m, "dose.deepBreaths", hold.value()) : words(m, hold))));
        dose.time().ifPresent(time -> out.add(m.format(switch (dose.reps().isPresent() ? Sides.BOTH : dose.sides()) {
            case BOTH -> "dose.keepGoing";
            case ALTERNATING -> "dose.keepGoingAlternating";
            case EACH -> "dose.keepGoingEach";
        }, "amount", words(m, time))));
        if (dose.sets() > 1) out.add(m.format("dose.sets", "sets", dose.sets()));
        dose.howOften().ifPresent(f -> out.add(m.format("dose.howOften", "frequency", Views.label(m, f))));
        return out;
    }

    /** A short target for a tracker row: "8–10 times, alternating · hold 1 breath". */
    public static String compact(Messages m, Dose dose) {
        List<String> parts = new ArrayList<>();
        dose.reps().ifPresent(reps -> {
            String times = m.format("compact.times", "n", reps.max(), "range", compactRange(m, reps));
            parts.add(switch (dose.sides()) {
                case BOTH -> times;
                case ALTERNATING -> m.format("compact.alternating", "times", times);
                case EACH -> m.format("compact.eachSide", "what", times);
            });
        });
        dose.hold().ifPresent(hold -> parts.add(m.format("compact.hold", "amount", compact(m, hold))));
        dose.time().ifPresent(time -> {
            String amount = compact(m, time);
            parts.add(dose.reps().isEmpty() && dose.sides() == Sides.EACH ? m.format("compact.eachSide", "what", amount) : amount);
        });
        if (dose.sets() > 1) parts.add(m.format("compact.sets", "sets", dose.sets()));
        return String.join(" \u00b7 ", parts);
    }

    /** "once", "8 to 10 times". */
    static String times(Messages m, Range reps) {
        return m.format("dose.times", "n", reps.max(), "range", range(m, reps));
    }

    /** "5 to 10 seconds", "1 breath", "2 minutes". */
    static String words(Messages m, Amount amount) {
        return amount(m, switch (amount.unit()) {
            case SECONDS -> "dose.seconds";
            case MINUTES -> "dose.minutes";
            case BREATHS -> "dose.breaths";
        }, amount.value());
    }

    private static String amount(Messages m, String key, Range value) {
        return m.format(key, "n", value.max(), "range", range(m, value));
    }

    /** "5–10 sec", "2 min", "1 breath". */
    static String compact(Messages m, Amount amount) {
        String key = switch (amount.unit()) {
            case SECONDS -> "compact.seconds";
            case MINUTES -> "compact.minutes";
            case BREATHS -> "compact.breaths";
        };
        return m.format(key, "n", amount.value().max(), "range", compactRange(m, amount.value()));
    }

    /** "8 to 10" ("8 a 10"), or "8". */
    static String range(Messages m, Range r) {
        return r.isSingle() ? Integer.toString(r.min()) : m.format("dose.range", "min", r.min(), "max", r.max());
    }

    private static String compactRange(Messages m, Range r) {
        return r.isSingle() ? Integer.toString(r.min()) : m.format("dose.rangeCompact", "min", r.min(), "max", r.max());
    }
}
