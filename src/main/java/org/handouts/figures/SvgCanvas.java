package org.handouts.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The SVG backend for figures: collects each painted path as an SVG {@code <path>}'s attributes,
 * for a template to write out (so every value passes through its escaping). Coordinates are SVG
 * user units, rounded to one decimal and written without trailing zeros, so the same figure
 * always gives the same text (a tenth of a unit is a tenth of a pixel or less as pages show
 * figures, and two decimals made a page's pictures a quarter larger). Not thread-safe: one canvas per picture.
 */
public final class SvgCanvas implements Canvas {
    /**
     * One painted path: its {@code d} data, and either a fill colour or a stroke colour and width
     * ({@code fill} is {@code "none"} for a stroke; {@code stroke} and {@code strokeWidth} are null
     * for a fill). Colours are {@code #rrggbb}.
     */
    public record Path(String d, String fill, String stroke, String strokeWidth) {
    }

    private final List<Path> paths = new ArrayList<>();
    private final StringBuilder d = new StringBuilder();

    @Override
    public void moveTo(double x, double y) {
        command('M', x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        command('L', x, y);
    }

    @Override
    public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        command('C', x1, y1, x2, y2, x3, y3);
    }

    @Override
    public void closePath() {
        if (!d.isEmpty()) d.append(' ');
        d.append('Z');
    }

    @Override
    public void stroke(int rgb, double width) {
        paths.add(new Path(d.toString(), "none", hex(rgb), number(width)));
        d.setLength(0);
    }

    @Override
    public void fill(int rgb) {
        paths.add(new Path(d.toString(), hex(rgb), null, null));
        d.setLength(0);
    }

    /** The paths painted so far, in painting order. */
    public List<Path> paths() {
        return List.copyOf(paths);
    }

    private void command(char c, double... xy) {
        if (!d.isEmpty()) d.append(' ');
        d.append(c);
        for (double v : xy) d.append(' ').append(number(v));
    }

    /** One decimal, half up, no trailing zeros and never "-0": "12.5", "3", "-0.3". */
    static String number(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite coordinate: " + v);
        BigDecimal rounded = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static String hex(int rgb) {
        return String.format(java.util.Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }
}
