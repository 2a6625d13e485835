package org.handouts.pdf;

/**
 * What every printed document must meet, checked on its laid-out pages: the size most of its text
 * is set in (body text), the smallest text anywhere, the tick boxes' size and their margin from the
 * rules of their cell, and the contrast of text with what it is printed on (WCAG 2: 4.5:1, or 3:1
 * for large text: 18 pt, or 14 pt bold).
 */
public record PrintRules(float minBodyPt, float minTextPt, float minTickMm, float minTickMarginMm, double minContrast,
                         double minLargeTextContrast) {
    /** A handout's instructions: 12 pt body text, nothing under 9 pt. */
    public static final PrintRules HANDOUT = new PrintRules(12f, 9f, 6f, 1f, 4.5, 3.0);
    /**
     * A tracking sheet: 6 mm tick boxes 1 mm clear of their cell; exercise names may shrink to 9 pt
     * (render/Fit's densest layout) so that ten rows fit one page.
     */
    public static final PrintRules TRACKER = new PrintRules(9f, 9f, 6f, 1f, 4.5, 3.0);
    /**
     * Large print, handout and tracker alike: every piece of text at 18 pt or larger (the body, the
     * footer, the sources: a reader with low vision reads them all), tick boxes at least 12 mm.
     */
    public static final PrintRules LARGE_PRINT = new PrintRules(18f, 18f, 12f, 1f, 4.5, 3.0);
}
