package org.handouts.figures;

/**
 * Where a figure is drawn: a tiny vector backend. Coordinates are in the drawing's own units (PDF
 * points, SVG user units) with the origin at the top-left corner of the figure's box and y
 * pointing down, as in CSS and SVG. A path is built with {@link #moveTo}, {@link #lineTo},
 * {@link #curveTo} and {@link #closePath}, then painted once by {@link #stroke} or {@link #fill},
 * which also ends it. Colours are opaque sRGB {@code 0xRRGGBB}: figures use no transparency.
 *
 * <p>A backend is one small class: the PDF one is {@code org.handouts.pdf.PdfCanvas}; an SVG one
 * appends {@code M x y}, {@code L x y}, {@code C ...}, {@code Z} to a path's {@code d} attribute and
 * writes {@code <path d="..." fill="none" stroke="#rrggbb" stroke-width="w"
 * stroke-linecap="round" stroke-linejoin="round"/>} or {@code <path d="..." fill="#rrggbb"/>}.
 */
public interface Canvas {

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** A cubic Bézier curve from the current point to (x3, y3). */
    void curveTo(double x1, double y1, double x2, double y2, double x3, double y3);

    void closePath();

    /** Strokes the current path with round caps and round joins, then starts a new path. */
    void stroke(int rgb, double width);

    /** Fills the current path (non-zero winding), then starts a new path. */
    void fill(int rgb);

    /** Adds a circle to the current path as four Bézier curves; fill or stroke it afterwards. */
    default void circle(double cx, double cy, double r) {
        double k = 0.5522847498 * r; // control distance that makes a quarter circle
        moveTo(cx + r, cy);
        curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        closePath();
    }
}
