package org.handouts.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reading built PDFs with PDFBox: the test oracle. */
final class Pdfs {
    private Pdfs() {
    }

    /** Runs of whitespace (line breaks from text extraction included) become single spaces. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

    static String text(PDDocument doc) throws IOException {
        return normalise(new PDFTextStripper().getText(doc));
    }

    /**
     * The text of each page, normalised, sorted by position on the page (top to bottom, left to
     * right), so that text drawn in several runs on one line, such as "Page 1 of 6", reads in order.
     */
    static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(normalise(stripper.getText(doc)));
        }
        return pages;
    }

    /** Every font a glyph is actually drawn with, by name, with the text drawn in it. */
    static Map<String, FontUse> fontsDrawn(PDDocument doc) throws IOException {
        Map<String, FontUse> fonts = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                PDFont font = text.getFont();
                fonts.computeIfAbsent(font.getName(), n -> new FontUse(font, new StringBuilder())).text()
                        .append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return fonts;
    }

    record FontUse(PDFont font, StringBuilder text) {
    }

    /** One drawn glyph: its page (1-based), text, font and distance from the bottom of the page. */
    record Glyph(int page, String text, PDFont font, float fromBottom) {
    }

    static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getFont(),
                        text.getPageHeight() - text.getYDirAdj()));
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return glyphs;
    }

    /** Every font in the resources of every page and of the forms they draw. */
    static Map<String, PDFont> fontsInResources(PDDocument doc) throws IOException {
        Map<String, PDFont> fonts = new HashMap<>();
        for (PDPage page : doc.getPages()) collect(page.getResources(), fonts, 0);
        return fonts;
    }

    private static void collect(PDResources resources, Map<String, PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 10) return;
        for (COSName n : resources.getFontNames()) {
            PDFont f = resources.getFont(n);
            fonts.put(f.getName(), f);
        }
        for (COSName n : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(n);
            if (x instanceof PDFormXObject form) collect(form.getResources(), fonts, depth + 1);
        }
    }

    /**
     * Every XObject the pages draw or could draw, each once: the pages' own and, recursively,
     * those inside form XObjects (an imported PDF page, a template). A raster picture is a
     * {@link PDImageXObject}; vector drawings are forms or plain page content.
     */
    static List<PDXObject> xObjects(PDDocument doc) throws IOException {
        Map<COSBase, PDXObject> found = new LinkedHashMap<>();
        for (PDPage page : doc.getPages()) collectXObjects(page.getResources(), found, 0);
        return new ArrayList<>(found.values());
    }

    private static void collectXObjects(PDResources resources, Map<COSBase, PDXObject> found, int depth) throws IOException {
        if (resources == null || depth > 20) return;
        for (COSName n : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(n);
            if (x == null || found.putIfAbsent(x.getCOSObject(), x) != null) continue;
            if (x instanceof PDFormXObject form) collectXObjects(form.getResources(), found, depth + 1);
        }
    }

    /**
     * The raster images among {@link #xObjects}, each picture once: an image's transparency (its
     * soft mask, which Flying Saucer also lists in the page's resources) is not counted apart.
     */
    static List<PDImageXObject> images(PDDocument doc) throws IOException {
        List<PDImageXObject> all = xObjects(doc).stream().filter(x -> x instanceof PDImageXObject).map(x -> (PDImageXObject) x).toList();
        java.util.Set<COSBase> masks = new java.util.HashSet<>();
        for (PDImageXObject image : all) {
            if (image.getSoftMask() != null) masks.add(image.getSoftMask().getCOSObject());
        }
        return all.stream().filter(image -> !masks.contains(image.getCOSObject())).toList();
    }

    /**
     * Where a card's picture is printed, in points from the page's top left corner: found from
     * its caption ("Start", "Middle", "End", the last words of their line), which sits right
     * above the picture (at most 34 x 21.3 mm; see {@link #box}).
     */
    record PictureBox(int page, String label, float x, float top, float width, float height) {
    }

    static final List<String> CAPTIONS = List.of("Start", "Middle", "End");

    static List<PictureBox> pictureBoxes(PDDocument doc) throws IOException {
        List<PictureBox> boxes = new ArrayList<>();
        List<TextPosition> pageGlyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            final List<TextPosition> line = new ArrayList<>();
            final List<TextPosition[]> captions = new ArrayList<>();

            @Override
            protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
                pageGlyphs.clear();
                captions.clear();
                super.startPage(page);
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                pageGlyphs.add(text);
                super.processTextPosition(text);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                line.addAll(positions);
                super.writeString(text, positions);
            }

            @Override
            protected void writeLineSeparator() throws IOException {
                List<List<TextPosition>> words = words(line);
                // Captions end their line: the card's name may share it, on the left.
                int first = words.size();
                while (first > 0 && CAPTIONS.contains(word(words.get(first - 1)))) first--;
                for (List<TextPosition> w : words.subList(first, words.size())) {
                    captions.add(new TextPosition[] {w.get(0), w.get(w.size() - 1)});
                }
                line.clear();
                super.writeLineSeparator();
            }

            @Override
            protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
                for (TextPosition[] c : captions) boxes.add(box(getCurrentPageNo(), c[0], pageGlyphs));
                super.endPage(page);
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return boxes;
    }

    /**
     * The picture under a caption: from just below the caption, 34 mm wide, down to 21.3 mm or to
     * the next text under it (less 3 mm for a box border above that text), whichever is nearer.
     */
    private static PictureBox box(int page, TextPosition caption, List<TextPosition> glyphs) {
        float x = caption.getXDirAdj();
        float top = caption.getYDirAdj() + 0.3f * caption.getFontSizeInPt() + 1.4f;
        float bottom = top + 21.3f * MM;
        for (TextPosition g : glyphs) {
            float gTop = g.getYDirAdj() - g.getHeightDir();
            boolean under = gTop > top && g.getXDirAdj() + g.getWidthDirAdj() > x && g.getXDirAdj() < x + 34 * MM;
            if (under) bottom = Math.min(bottom, gTop - 3 * MM);
        }
        StringBuilder label = new StringBuilder();
        for (TextPosition g : glyphs) {
            if (g.getYDirAdj() == caption.getYDirAdj() && g.getXDirAdj() >= x && g.getXDirAdj() < x + 12 * MM) label.append(g.getUnicode());
        }
        return new PictureBox(page, label.toString().strip(), x, top, 34 * MM, Math.max(0, bottom - top));
    }

    /** The glyphs split into words at spaces and at gaps wider than a quarter of the type size. */
    private static List<List<TextPosition>> words(List<TextPosition> glyphs) {
        List<List<TextPosition>> words = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        TextPosition previous = null;
        for (TextPosition t : glyphs) {
            boolean space = t.getUnicode().isBlank();
            boolean gap = previous != null
                    && t.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > 0.25f * t.getFontSizeInPt();
            if ((space || gap) && !current.isEmpty()) {
                words.add(current);
                current = new ArrayList<>();
            }
            if (!space) current.add(t);
            previous = t;
        }
        if (!current.isEmpty()) words.add(current);
        return words;
    }

    private static String word(List<TextPosition> w) {
        StringBuilder b = new StringBuilder();
        w.forEach(t -> b.append(t.getUnicode()));
        return b.toString().strip();
    }

    static final float MM = 72 / 25.4f;

    /**
     * The share of the box's pixels that are not white when the page is rendered at 150 dpi
     * (1 mm in from each side, so neighbouring text does not count).
     */
    static double ink(PDDocument doc, PictureBox box) throws IOException {
        float scale = 150 / 72f;
        BufferedImage page = new PDFRenderer(doc).renderImage(box.page() - 1, scale);
        int x0 = Math.round((box.x() + 1f * MM) * scale);
        int y0 = Math.round((box.top() + 1f * MM) * scale);
        int x1 = Math.min(page.getWidth(), Math.round((box.x() + box.width() - 1f * MM) * scale));
        int y1 = Math.min(page.getHeight(), Math.round((box.top() + box.height() - 1f * MM) * scale));
        long inked = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (Math.min(r, Math.min(g, b)) < 200) inked++;
                all++;
            }
        }
        return all == 0 ? 0 : (double) inked / all;
    }

    /** Relative path (with forward slashes) to bytes, for every regular file below the folder. */
    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        if (!Files.exists(folder)) return files;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Only the PDFs of {@link #files}. */
    static Map<String, byte[]> pdfs(Path folder) throws IOException {
        Map<String, byte[]> all = files(folder);
        all.keySet().removeIf(k -> !k.endsWith(".pdf"));
        return all;
    }

    /** Every output a build writes (PDFs and web pages), without the manifest. */
    static Map<String, byte[]> outputs(Path folder) throws IOException {
        Map<String, byte[]> all = files(folder);
        all.keySet().removeIf(k -> !k.endsWith(".pdf") && !k.endsWith(".html"));
        return all;
    }

    /** A rectangle drawn on a page and how: its fill colour (RGB, or -1 when not filled), in points from the bottom left. */
    record Drawn(int page, float x, float y, float width, float height, int fill, boolean stroked) {
        float widthMm() {
            return width / MM;
        }

        float heightMm() {
            return height / MM;
        }
    }

    /**
     * Every rectangle painted on every page ({@code re} followed by a fill or stroke), in page
     * space, with the fill colour: the oracle for boxes that the PDF draws.
     */
    static List<Drawn> rectangles(PDDocument doc) throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            int page = i + 1;
            PDPage p = doc.getPage(i);
            new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(p) {
                /** Closed subpaths so far, each as its points; Flying Saucer draws boxes as four-point polygons. */
                private final List<List<java.awt.geom.Point2D>> subpaths = new ArrayList<>();
                private List<java.awt.geom.Point2D> current = new ArrayList<>();

                @Override
                public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                                            java.awt.geom.Point2D p3) {
                    subpaths.add(List.of(p0, p1, p2, p3));
                }

                @Override
                public void moveTo(float x, float y) {
                    if (!current.isEmpty()) subpaths.add(current);
                    current = new ArrayList<>(List.of(new java.awt.geom.Point2D.Float(x, y)));
                }

                @Override
                public void lineTo(float x, float y) {
                    current.add(new java.awt.geom.Point2D.Float(x, y));
                }

                @Override
                public void closePath() {
                    if (!current.isEmpty()) subpaths.add(current);
                    current = new ArrayList<>();
                }

                private void paint(boolean fill, boolean stroke) throws IOException {
                    if (!current.isEmpty()) subpaths.add(current);
                    current = new ArrayList<>();
                    int rgb = fill ? getGraphicsState().getNonStrokingColor().toRGB() & 0xFFFFFF : -1;
                    for (var points : subpaths) {
                        rectangle(points).ifPresent(r -> drawn.add(new Drawn(page, (float) r.getX(), (float) r.getY(),
                                (float) r.getWidth(), (float) r.getHeight(), rgb, stroke)));
                    }
                    subpaths.clear();
                }

                @Override public void fillPath(int windingRule) throws IOException { paint(true, false); }
                @Override public void fillAndStrokePath(int windingRule) throws IOException { paint(true, true); }
                @Override public void strokePath() throws IOException { paint(false, true); }
                @Override public void endPath() { subpaths.clear(); current = new ArrayList<>(); }
                @Override public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) { }
                @Override public void clip(int windingRule) { }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { current.add(new java.awt.geom.Point2D.Float(Float.NaN, Float.NaN)); }
                @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
                @Override public void shadingFill(COSName shadingName) { }
            }.processPage(p);
        }
        return drawn;
    }

    /** The rectangle a closed path of four corners (a fifth may repeat the first) outlines, if it is one. */
    private static java.util.Optional<java.awt.geom.Rectangle2D> rectangle(List<java.awt.geom.Point2D> points) {
        List<java.awt.geom.Point2D> corners = new ArrayList<>(points);
        if (corners.size() == 5 && corners.get(4).distance(corners.get(0)) < 0.01) corners.remove(4);
        if (corners.size() != 4) return java.util.Optional.empty();
        var r = new java.awt.geom.Rectangle2D.Double(corners.get(0).getX(), corners.get(0).getY(), 0, 0);
        for (int i = 0; i < 4; i++) {
            var a = corners.get(i);
            var b = corners.get((i + 1) % 4);
            if (Double.isNaN(a.getX()) || (Math.abs(a.getX() - b.getX()) > 0.01 && Math.abs(a.getY() - b.getY()) > 0.01)) {
                return java.util.Optional.empty();
            }
            r.add(a);
        }
        return java.util.Optional.of(r);
    }

    /** Every drawn character that is not white space, with its page and its size in points as printed. */
    record Sized(int page, String text, float sizePt) {
    }

    static List<Sized> sizedGlyphs(PDDocument doc) throws IOException {
        List<Sized> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) glyphs.add(new Sized(getCurrentPageNo(), text.getUnicode(), text.getFontSizeInPt()));
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return glyphs;
    }
}
