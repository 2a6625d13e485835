package org.handouts.content;

import org.handouts.model.Amount;
import org.handouts.model.Dose;
import org.handouts.model.DosePatch;
import org.handouts.model.Frequency;
import org.handouts.model.Range;
import org.handouts.model.Sides;

import java.util.List;
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

    private static final String NUMBER = "(\\d+)(?:\\s*(?:-|\u2013|to)\\s*(\\d+))?";
    private static final Pattern RANGE = Pattern.compile(NUMBER);
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+");
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "\\s*([a-z]+)");

    private DoseReader() {
    }

    /** A full dose (an exercise's own): needs reps or time. */
    static Optional<Dose> readDose(Fields f) {
        DosePatch p = readPatch(f);
        f.finish();
        if (p.reps().isEmpty() && p.time().isEmpty() && !f.has("reps") && !f.has("time")) {
            // A misspelt "rpes:" is already reported with "did you mean 'reps'?"; say it once.
            boolean misspelt = f.unknownKeys().stream().anyMatch(k ->
                    Suggestions.findClosest(k, List.of("reps", "time")).isPresent());
            if (!misspelt) {
                f.problem(f.node(), f.path(), "needs 'reps' or 'time'",
                        "add how many times, such as reps: 8-10, or how long, such as time: 2 minutes");
            }
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
        String value = text.get().strip();
        Matcher m = RANGE.matcher(value);
        if (NEGATIVE.matcher(value).matches()) {
            f.problem(node, where, "'" + Texts.shorten(value) + "' is a negative number: " + what + " must be at least " + min,
                    "write a whole number such as 8, or a range such as 8-10");
            return Optional.empty();
        }
        if (!m.matches()) {
            // Say what was written when it is a number of another kind (0x0C, 2.5), not only what it is not.
            String why = Numbers.read(value) instanceof Numbers.Reading.NotWhole bad && !bad.why().equals("is not a number")
                    ? bad.why() : "is not a whole number or a range";
            f.problem(node, where, "'" + Texts.shorten(text.get()) + "' " + why,
                    "write a whole number such as 8, or a range such as 8-10");
            return Optional.empty();
        }
        return checkedRange(f, node, where, m, min, max, what, "");
    }

    private static Optional<Range> checkedRange(Fields f, Node node, String where, Matcher m, int min, int max,
                                                String what, String unit) {
        String lowText = m.group(1);
        String highText = m.group(2) == null ? lowText : m.group(2);
        long low = number(lowText);
        long high = number(highText);
        if (high < low) {
            f.problem(node, where, "range " + lowText + "-" + highText + " runs backwards",
                    "write the smaller number first: " + highText + "-" + lowText + unit);
            return Optional.empty();
        }
        if (low < min) {
            f.problem(node, where, what + " must be at least " + min, "found " + lowText);
            return Optional.empty();
        }
        if (high > max) {
            f.problem(node, where, what + " must be at most " + max + unit, "found " + Texts.shorten(highText) + unit);
            return Optional.empty();
        }
        return Optional.of(new Range((int) low, (int) high));
    }

    /** The digits' value; any number too long to parse is far above every limit. */
    private static long number(String digits) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        return d.length() > 18 ? Long.MAX_VALUE : Long.parseLong(d);
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
        if (!isHold && unit.isPresent() && unit.get() == Amount.Unit.BREATHS) {
            f.problem(node, where, "a time cannot be counted in breaths",
                    "use seconds or minutes, or give reps and a hold in breaths");
            return Optional.empty();
        }
        if (unit.isEmpty()) {
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
