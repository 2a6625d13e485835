package org.handouts.content;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers and dates as they were written, so a message can say what was written rather
 * than what the value happened to become: {@code 0x0C} is hexadecimal (YAML would read 12),
 * {@code -99999999999999999999} is negative (a long would overflow), {@code 6.5} is not whole.
 * Every whole-number and date field of content and pack files goes through here.
 */
final class Numbers {
    /** The earliest and latest dates a content or pack file may give. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9][0-9_]*");
    private static final Pattern HEX = Pattern.compile("[+-]?0x[0-9a-f_]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OCTAL = Pattern.compile("[+-]?0o[0-7_]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BINARY = Pattern.compile("[+-]?0b[01_]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTION = Pattern.compile("[+-]?([0-9]+\\.[0-9]*|\\.[0-9]+)");
    private static final Pattern EXPONENT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)e[+-]?[0-9]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern SIGNED_DATE = Pattern.compile("[+-]?[0-9]+-[0-9]{1,2}-[0-9]{1,2}");
    private static final Pattern DAY_FIRST = Pattern.compile("[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}");

    private Numbers() {
    }

    /** What a number field's text is. */
    sealed interface Reading {
        /** Plain decimal digits, of any size. */
        record Whole(BigInteger value) implements Reading {
        }

        /** Not a plain whole number; {@code why} completes "'text' …". */
        record NotWhole(String why) implements Reading {
        }
    }

    static Reading read(String written) {
        String text = written.strip();
        if (DECIMAL.matcher(text).matches()) {
            return new Reading.Whole(new BigInteger(text.replace("_", "").replaceFirst("^\\+", "")));
        }
        if (HEX.matcher(text).matches()) return new Reading.NotWhole("is a hexadecimal number; only ordinary decimal digits are accepted");
        if (OCTAL.matcher(text).matches()) return new Reading.NotWhole("is an octal number; only ordinary decimal digits are accepted");
        if (BINARY.matcher(text).matches()) return new Reading.NotWhole("is a binary number; only ordinary decimal digits are accepted");
        if (FRACTION.matcher(text).matches()) return new Reading.NotWhole("is not a whole number");
        if (EXPONENT.matcher(text).matches()) return new Reading.NotWhole("is written with an exponent; write the number out in full");
        return new Reading.NotWhole("is not a number");
    }

    /** What a date field's text is. */
    sealed interface DateReading {
        record Valid(LocalDate date) implements DateReading {
        }

        /** {@code why} completes "'text' …". */
        record Invalid(String why, String hint) implements DateReading {
        }
    }

    static DateReading readDate(String written) {
        String text = written.strip();
        String example = "write it as year-month-day, e.g. 2026-11-30";
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            if (SIGNED_DATE.matcher(text).matches()) {
                return new DateReading.Invalid("is not between " + EARLIEST_DATE + " and " + LATEST_DATE,
                        "check the year: dates are accepted from " + EARLIEST_DATE.getYear() + " to " + LATEST_DATE.getYear());
            }
            if (DAY_FIRST.matcher(text).matches()) {
                return new DateReading.Invalid("is not written year-month-day", example + ", so that day and month cannot be confused");
            }
            return new DateReading.Invalid("is not a date", example);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) return new DateReading.Invalid("has no month " + month, "the month is the middle number, 01 to 12");
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            return new DateReading.Invalid("is not a real date", ym.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                    + year + " has " + ym.lengthOfMonth() + " days");
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return new DateReading.Invalid("is not a date", example);
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            return new DateReading.Invalid("is not between " + EARLIEST_DATE + " and " + LATEST_DATE,
                    "check the year: dates are accepted from " + EARLIEST_DATE.getYear() + " to " + LATEST_DATE.getYear());
        }
        return new DateReading.Valid(date);
    }
}
