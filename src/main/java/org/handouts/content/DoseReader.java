package org.handouts.content;

import org.handouts.model.Amount;
import org.handouts.model.Dose;
import org.handouts.model.DosePatch;
import org.handouts.model.Frequency;
import org.handouts.model.Range;
import org.handouts.model.Sides;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code dose:} mapping: reps, hold, time, sides, sets, how_often. */
final class DoseReader {
    static final int MAX_REPS = 100;
    static final int MAX_SETS = 10;
    static final int MAX_HOLD_SECONDS = 600;
    static final int MAX_TIME_SECONDS = 60 * 60;

    private static final String NUMBER = "(\\d{1,9})(?:\\s*(?:-|\u2013|to)\\s*(\\d{1,9}))?";
    private static final Pattern RANGE = Pattern.compile(NUMBER);
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "\\s*([a-z]+)");

    private DoseReader() {
    }

    /** A full dose (an exercise's own): needs reps or time. */
    static Optional<Dose> readDose(Fields f) {
        DosePatch p = readPatch(f);
        f.finish();
        if (p.reps().isEmpty() && p.time().isEmpty() && f.find("reps").isEmpty() && f.find("time").isEmpty()) {
            f.require("reps", "give 'reps' (how many times) or 'time' (how long), e.g. reps: 8-10");
            return Optional.empty();
        }
        try {
            return Optional.of(new Dose(p.reps(), p.hold(), p.time(), p.sides().orElse(Sides.BOTH),
                    p.sets().orElse(1), p.howOften()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the field readers have reported the cause
        }
    }

    /** The fields a routine overrides; absent fields stay empty. */
    static DosePatch readPatch(Fields f) {
        Optional<Range> reps = f.find("reps").flatMap(n -> range(f, n, f.path("reps"), 1, MAX_REPS, "repetitions"));
        Optional<Amount> hold = f.find("hold").flatMap(n -> amount(f, n, f.path("hold"), true));
        Optional<Amount> time = f.find("time").flatMap(n -> amount(f, n, f.path("time"), false));
        Optional<Sides> sides = f.findEnum("sides", Sides.class);
        OptionalInt sets = f.findInt("sets", 1, MAX_SETS);
        Optional<Frequency> howOften = f.findEnum("how_often", Frequency.class);
        return new DosePatch(reps, hold, time, sides,
                sets.isPresent() ? Optional.of(sets.getAsInt()) : Optional.empty(), howOften);
    }

    static Optional<Range> range(Fields f, Node node, String where, int min, int max, String what) {
        Optional<String> text = f.scalarText(node, where);
        if (text.isEmpty()) return Optional.empty();
        Matcher m = RANGE.matcher(text.get().strip());
        if (!m.matches()) {
            f.problem(node, where, "'" + Texts.shorten(text.get()) + "' is not a number or a range",
                    "write a number such as 8, or a range such as 8-10");
            return Optional.empty();
        }
        return checkedRange(f, node, where, m, min, max, what, "");
    }

    private static Optional<Range> checkedRange(Fields f, Node node, String where, Matcher m, int min, int max,
                                                String what, String unit) {
        long low = Long.parseLong(m.group(1));
        long high = m.group(2) == null ? low : Long.parseLong(m.group(2));
        if (high < low) {
            f.problem(node, where, "range " + low + "-" + high + " runs backwards",
                    "write the smaller number first: " + high + "-" + low + unit);
            return Optional.empty();
        }
        if (low < min) {
            f.problem(node, where, what + " must be at least " + min, "found " + low);
            return Optional.empty();
        }
        if (high > max) {
            f.problem(node, where, what + " must be at most " + max + unit, "found " + high + unit);
            return Optional.empty();
        }
        return Optional.of(new Range((int) low, (int) high));
    }

    /** "5-10 seconds", "1 breath" (a hold) or "2 minutes" (a time). */
    static Optional<Amount> amount(Fields f, Node node, String where, boolean isHold) {
        Optional<String> text = f.scalarText(node, where);
        if (text.isEmpty()) return Optional.empty();
        String example = isHold ? "5-10 seconds or 1 breath" : "2 minutes or 30 seconds";
        String value = text.get().strip().toLowerCase(Locale.ROOT);
        Matcher m = AMOUNT.matcher(value);
        if (!m.matches()) {
            boolean bare = RANGE.matcher(value).matches();
            f.problem(node, where, bare ? "'" + Texts.shorten(text.get()) + "' has no unit"
                            : "'" + Texts.shorten(text.get()) + "' is not a length of time",
                    "write a number and a unit, such as " + example);
            return Optional.empty();
        }
        Optional<Amount.Unit> unit = unit(m.group(3));
        if (unit.isEmpty() || (!isHold && unit.get() == Amount.Unit.BREATHS)) {
            f.problem(node, where, "unknown unit '" + Texts.shorten(m.group(3)) + "'",
                    isHold ? "use seconds, minutes or breaths" : "use seconds or minutes");
            return Optional.empty();
        }
        int limitSeconds = isHold ? MAX_HOLD_SECONDS : MAX_TIME_SECONDS;
        int max = switch (unit.get()) {
            case SECONDS -> limitSeconds;
            case MINUTES -> limitSeconds / 60;
            case BREATHS -> MAX_HOLD_SECONDS / 5;
        };
        String what = isHold ? "a hold" : "a time";
        return checkedRange(f, node, where, m, 1, max, what, " " + unit.get().plural())
                .map(r -> new Amount(r, unit.get()));
    }

    private static Optional<Amount.Unit> unit(String word) {
        return switch (word) {
            case "s", "sec", "secs", "second", "seconds" -> Optional.of(Amount.Unit.SECONDS);
            case "min", "mins", "minute", "minutes" -> Optional.of(Amount.Unit.MINUTES);
            case "breath", "breaths" -> Optional.of(Amount.Unit.BREATHS);
            default -> Optional.empty();
        };
    }
}
