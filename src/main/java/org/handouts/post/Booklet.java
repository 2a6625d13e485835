package org.handouts.post;

import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Saddle-stitch imposition: a document's pages, two to a side of a landscape sheet of the same
 * paper (A4 pages become A5 on A4; letter pages half-letter on letter), in the order that reads
 * right once the sheets are printed on both sides (flip on the short edge), stacked, folded in the
 * middle and stapled on the fold. Blank pages at the end make the count a multiple of four. Pages
 * are placed as form XObjects, so text and drawings stay vector and fonts are embedded once.
 */
public final class Booklet {

    /** One side of a sheet: the page shown on the left and on the right half, 0 for a blank. */
    public record Side(int left, int right) {
    }

    private Booklet() {
    }

    /** The number of pages once padded with blanks to a multiple of four. */
    public static int paddedPages(int pages) {
        if (pages < 1) throw new IllegalArgumentException("a booklet needs at least one page");
        return (pages + 3) / 4 * 4;
    }

    /**
     * The sides to print, in order: for each sheet from the outside in, its front (the outer
     * pages) then its back. Page numbers are 1-based; pages past {@code pages} are blank (0).
     */
    public static List<Side> sides(int pages) {
        int n = paddedPages(pages);
        List<Side> sides = new ArrayList<>(n / 2);
        for (int sheet = 0; sheet < n / 4; sheet++) {
            sides.add(new Side(shown(n - 2 * sheet, pages), shown(2 * sheet + 1, pages)));
            sides.add(new Side(shown(2 * sheet + 2, pages), shown(n - 2 * sheet - 1, pages)));
        }
        return sides;
    }

    private static int shown(int page, int pages) {
        return page <= pages ? page : 0;
    }

    /**
     * A new document holding {@code source}'s pages imposed as a booklet on landscape sheets of
     * the size of its first page; the caller closes it. Each page is scaled to fit half a sheet,
     * keeping its proportions, and centred there.
     */
    static PDDocument impose(PDDocument source) throws IOException {
        int pages = source.getNumberOfPages();
        PDRectangle first = source.getPage(0).getMediaBox();
        float sheetWidth = Math.max(first.getWidth(), first.getHeight());
        float sheetHeight = Math.min(first.getWidth(), first.getHeight());
        PDDocument target = new PDDocument();
        try {
            LayerUtility layers = new LayerUtility(target);
            List<PDFormXObject> forms = new ArrayList<>(pages);
            for (int i = 0; i < pages; i++) forms.add(layers.importPageAsForm(source, i));
            for (Side side : sides(pages)) {
                PDPage sheet = new PDPage(new PDRectangle(sheetWidth, sheetHeight));
                target.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(target, sheet)) {
                    place(content, side.left(), forms, 0, sheetWidth / 2, sheetHeight);
                    place(content, side.right(), forms, sheetWidth / 2, sheetWidth / 2, sheetHeight);
                }
            }
            return target;
        } catch (IOException | RuntimeException e) {
            target.close();
            throw e;
        }
    }

    private static void place(PDPageContentStream content, int page, List<PDFormXObject> forms, float x,
                              float width, float height) throws IOException {
        if (page == 0) return;
        PDFormXObject form = forms.get(page - 1);
        PDRectangle box = form.getBBox();
        float scale = Math.min(width / box.getWidth(), height / box.getHeight());
        float left = x + (width - box.getWidth() * scale) / 2 - box.getLowerLeftX() * scale;
        float bottom = (height - box.getHeight() * scale) / 2 - box.getLowerLeftY() * scale;
        content.saveGraphicsState();
        content.transform(new Matrix(scale, 0, 0, scale, left, bottom));
        content.drawForm(form);
        content.restoreGraphicsState();
    }
}
