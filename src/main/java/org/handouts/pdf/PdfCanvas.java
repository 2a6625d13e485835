package org.handouts.pdf;

import org.handouts.figures.Canvas;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The PDF backend for figures: paints straight into a page's content stream as vector paths. The
 * figure's box has its top-left corner at ({@code left}, {@code top}) in PDF user space, whose y
 * axis points up, so y is flipped here.
 */
final class PdfCanvas implements Canvas {
    private final PdfContentByte cb;
    private final float left;
    private final float top;

    PdfCanvas(PdfContentByte cb, float left, float top) {
        this.cb = cb;
        this.left = left;
        this.top = top;
        cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
    }

    @Override
    public void moveTo(double x, double y) {
        cb.moveTo(left + (float) x, top - (float) y);
    }

    @Override
    public void lineTo(double x, double y) {
        cb.lineTo(left + (float) x, top - (float) y);
    }

    @Override
    public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        cb.curveTo(left + (float) x1, top - (float) y1, left + (float) x2, top - (float) y2,
                left + (float) x3, top - (float) y3);
    }

    @Override
    public void closePath() {
        cb.closePath();
    }

    @Override
    public void stroke(int rgb, double width) {
        cb.setRGBColorStroke(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
        cb.setLineWidth((float) width);
        cb.stroke();
    }

    @Override
    public void fill(int rgb) {
        cb.setRGBColorFill(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
        cb.fill();
    }
}
