package org.handouts.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths in figure units (x right, y up), each stroked or filled with one of the palette's inks,
 * collected in groups that are painted far to near. Independent of any backend.
 */
final class Marks {

    /** One painted path: {@code width} > 0 strokes it with that width, 0 fills it. */
    record Mark(double[] path, Palette.Ink ink, double width) {
    }

    /** Marks painted together, at one depth (larger is nearer the viewer). */
    record Group(double depth, List<Mark> marks) {
    }

    // Path opcodes in the packed array: MOVE x y, LINE x y, CIRCLE cx cy r, CLOSE.
    static final double MOVE = 0, LINE = 1, CIRCLE = 2, CLOSE = 3;

    private final List<Group> groups = new ArrayList<>();

    List<Group> groups() {
        return groups;
    }

    void add(double depth, List<Mark> marks) {
        groups.add(new Group(depth, List.copyOf(marks)));
    }

    static double[] line(double[] a, double[] b) {
        return new double[] {MOVE, a[0], a[1], LINE, b[0], b[1]};
    }

    static double[] polyline(List<double[]> points, boolean closed) {
        double[] out = new double[points.size() * 3 + (closed ? 1 : 0)];
        for (int i = 0; i < points.size(); i++) {
            out[i * 3] = i == 0 ? MOVE : LINE;
            out[i * 3 + 1] = points.get(i)[0];
            out[i * 3 + 2] = points.get(i)[1];
        }
        if (closed) out[out.length - 1] = CLOSE;
        return out;
    }

    static double[] circle(double[] c, double r) {
        return new double[] {CIRCLE, c[0], c[1], r};
    }

    static double[] rect(double x0, double y0, double x1, double y1) {
        return polyline(List.of(new double[] {x0, y0}, new double[] {x1, y0}, new double[] {x1, y1}, new double[] {x0, y1}), true);
    }

    /** Grows {@code box} (minX, minY, maxX, maxY) to hold the mark, its stroke included. */
    static void include(Mark m, double[] box) {
        double[] p = m.path();
        double pad = m.width() / 2;
        for (int i = 0; i < p.length; ) {
            double op = p[i];
            if (op == CLOSE) {
                i++;
            } else if (op == CIRCLE) {
                grow(box, p[i + 1], p[i + 2], p[i + 3] + pad);
                i += 4;
            } else {
                grow(box, p[i + 1], p[i + 2], pad);
                i += 3;
            }
        }
    }

    private static void grow(double[] box, double x, double y, double pad) {
        box[0] = Math.min(box[0], x - pad);
        box[1] = Math.min(box[1], y - pad);
        box[2] = Math.max(box[2], x + pad);
        box[3] = Math.max(box[3], y + pad);
    }

    /** Paints one mark, mapping figure units to the canvas: x' = ox + s x, y' = oy - s y. */
    static void paint(Mark m, Canvas canvas, Palette palette, double s, double ox, double oy) {
        double[] p = m.path();
        for (int i = 0; i < p.length; ) {
            double op = p[i];
            if (op == CLOSE) {
                canvas.closePath();
                i++;
            } else if (op == CIRCLE) {
                canvas.circle(ox + s * p[i + 1], oy - s * p[i + 2], s * p[i + 3]);
                i += 4;
            } else {
                if (op == MOVE) canvas.moveTo(ox + s * p[i + 1], oy - s * p[i + 2]);
                else canvas.lineTo(ox + s * p[i + 1], oy - s * p[i + 2]);
                i += 3;
            }
        }
        int rgb = palette.rgb(m.ink());
        if (m.width() > 0) canvas.stroke(rgb, s * m.width());
        else canvas.fill(rgb);
    }
}
