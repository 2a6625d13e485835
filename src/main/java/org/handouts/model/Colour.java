package org.handouts.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An sRGB colour written as {@code #rrggbb}. */
public record Colour(int rgb) {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public Colour {
        if ((rgb & ~0xFFFFFF) != 0) throw new IllegalArgumentException("not an RGB value: " + rgb);
    }

    /** The colour, if the text is {@code #rrggbb}. */
    public static Optional<Colour> findParsed(String text) {
        if (text == null || !HEX.matcher(text).matches()) return Optional.empty();
        return Optional.of(new Colour(Integer.parseInt(text.substring(1), 16)));
    }

    /** {@code #1f5f8b}: safe to put into CSS, since it is always these seven characters. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** WCAG relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    /** WCAG contrast ratio against white, 1 to 21. */
    public double contrastWithWhite() {
        return 1.05 / (luminance() + 0.05);
    }

    /** WCAG contrast ratio between this colour and {@code other}, 1 to 21. */
    public double contrastWith(Colour other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
