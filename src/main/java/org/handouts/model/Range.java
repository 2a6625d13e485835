package org.handouts.model;

/** A whole number or an inclusive range of them, such as 8 or 8 to 10. */
public record Range(int min, int max) {

    public Range {
        if (min < 0 || max < min) throw new IllegalArgumentException("bad range " + min + "-" + max);
    }

    public static Range of(int n) {
        return new Range(n, n);
    }

    public boolean isSingle() {
        return min == max;
    }

    /** "8 to 10" or "8". */
    public String words() {
        return isSingle() ? Integer.toString(min) : min + " to " + max;
    }

    /** "8–10" or "8", for tight spaces such as the tracker. */
    public String compact() {
        return isSingle() ? Integer.toString(min) : min + "\u2013" + max;
    }

    /** True when the upper end is 1, so the unit is singular ("1 breath"). */
    public boolean isOne() {
        return max == 1;
    }
}
