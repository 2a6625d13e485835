package org.handouts.post;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BookletTest {
    private final PdfFinisher finisher = new PdfFinisher();

    @org.junit.jupiter.api.BeforeAll
    static void renderAHandoutLikePdf() throws IOException {
        PdfFinisherTest.renderRawPdfs();
    }

    /**
     * The pages in the order a reader meets them once the printed sheets are stacked (the first
     * outermost) and folded: down the right-hand halves of the fronts and left-hand halves of the
     * backs going in, then back out along the other halves. Worked out from the paper, not from
     * the formula under test.
     */
    static List<Integer> readingOrderWhenFolded(List<Booklet.Side> sides) {
        int sheets = sides.size() / 2;
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < sheets; s++) {
            order.add(sides.get(2 * s).right());       // front, right half
            order.add(sides.get(2 * s + 1).left());    // back, left half
        }
        for (int s = sheets - 1; s >= 0; s--) {
            order.add(sides.get(2 * s + 1).right());   // back, right half
            order.add(sides.get(2 * s).left());        // front, left half
        }
        return order;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void pagesReadInOrderWhenFoldedWithBlanksAtTheEnd(int pages) {
        List<Booklet.Side> sides = Booklet.sides(pages);
        int padded = (pages + 3) / 4 * 4;
        assertThat(Booklet.paddedPages(pages)).isEqualTo(padded);
        assertThat(sides).hasSize(padded / 2);
        List<Integer> expected = new ArrayList<>(IntStream.rangeClosed(1, pages).boxed().toList());
        while (expected.size() < padded) expected.add(0);
        assertThat(readingOrderWhenFolded(sides)).isEqualTo(expected);
    }

    @Test
    void knownLayoutsForOneFourAndSixPages() {
        assertThat(Booklet.sides(1)).containsExactly(new Booklet.Side(0, 1), new Booklet.Side(0, 0));
        assertThat(Booklet.sides(4)).containsExactly(new Booklet.Side(4, 1), new Booklet.Side(2, 3));
        assertThat(Booklet.sides(6)).containsExactly(new Booklet.Side(0, 1), new Booklet.Side(2, 0),
                new Booklet.Side(6, 3), new Booklet.Side(4, 5));
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThatIllegalArgumentException().isThrownBy(() -> Booklet.sides(0));
    }

    /** A document of {@code pages} pages of {@code size}, each saying "Page N" in large type. */
    static byte[] numberedPages(int pages, PDRectangle size) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, Path.of("fonts/AtkinsonHyperlegibleNext-Regular.ttf").toFile());
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.beginText();
                    c.setFont(font, 40);
                    c.newLineAtOffset(100, size.getHeight() / 2);
                    c.showText("Page " + i);
                    c.endText();
                    c.addRect(20, 20, size.getWidth() - 40, size.getHeight() - 40);  // a vector frame
                    c.stroke();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** What each half of each sheet side says: "Page N", or "" for a blank half. */
    static List<Booklet.Side> readSides(PDDocument doc) throws IOException {
        List<Booklet.Side> sides = new ArrayList<>();
        for (PDPage sheet : doc.getPages()) {
            PDRectangle box = sheet.getMediaBox();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("left", new Rectangle2D.Float(0, 0, box.getWidth() / 2, box.getHeight()));
            stripper.addRegion("right", new Rectangle2D.Float(box.getWidth() / 2, 0, box.getWidth() / 2, box.getHeight()));
            stripper.extractRegions(sheet);
            sides.add(new Booklet.Side(pageNumber(stripper.getTextForRegion("left")),
                    pageNumber(stripper.getTextForRegion("right"))));
        }
        return sides;
    }

    private static int pageNumber(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : Integer.parseInt(t.replace("Page ", ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void eachSheetSideShowsThePagesOfTheSaddleStitchOrder(int pages) throws IOException {
        byte[] booklet = finisher.booklet(numberedPages(pages, PDRectangle.A4), PdfFinisherTest.info(Optional.empty())).bytes();
        try (PDDocument doc = PdfFinisher.open(booklet)) {
            assertThat(readSides(doc)).isEqualTo(Booklet.sides(pages));
        }
    }

    @Test
    void a4PagesBecomeA5OnLandscapeA4Sheets() throws IOException {
        var done = finisher.booklet(numberedPages(5, PDRectangle.A4), PdfFinisherTest.info(Optional.empty()));
        assertThat(done.pages()).isEqualTo(4);
        try (PDDocument doc = PdfFinisher.open(done.bytes())) {
            for (PDPage sheet : doc.getPages()) {
                assertThat(sheet.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(0.01f));
                assertThat(sheet.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(0.01f));
            }
            // An A4 page scaled to half the sheet is A5: 148 × 210 mm, which ISO 216 rounds down
            // from 148.5 × 210.
            var placed = placements(doc.getPage(0));
            assertThat(placed).hasSize(1);
            assertThat(placed.getFirst().getWidth() / 72 * 25.4f).isCloseTo(148.5f, within(0.2f));
            assertThat(placed.getFirst().getHeight() / 72 * 25.4f).isCloseTo(210f, within(0.2f));
        }
    }

    @Test
    void letterPagesBecomeHalfLetterOnLandscapeLetterSheets() throws IOException {
        byte[] booklet = finisher.booklet(numberedPages(3, PDRectangle.LETTER), PdfFinisherTest.info(Optional.empty())).bytes();
        try (PDDocument doc = PdfFinisher.open(booklet)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDRectangle sheet = doc.getPage(0).getMediaBox();
            assertThat(sheet.getWidth()).isCloseTo(792, within(0.01f));
            assertThat(sheet.getHeight()).isCloseTo(612, within(0.01f));
            for (PDRectangle placed : placements(doc.getPage(1))) {
                // Half a letter sheet is 396 × 612 pt; the page keeps its proportions inside it.
                assertThat(placed.getWidth()).isCloseTo(396, within(0.5f));
                assertThat(placed.getHeight()).isCloseTo(396 * 792 / 612f, within(0.5f));
                assertThat(placed.getLowerLeftY()).isCloseTo((612 - placed.getHeight()) / 2, within(0.5f));
            }
        }
    }

    /** Where the page forms land on a sheet, from the transform of each drawn form. */
    static List<PDRectangle> placements(PDPage sheet) throws IOException {
        List<PDRectangle> placed = new ArrayList<>();
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(sheet) {
            @Override
            public void showForm(PDFormXObject form) throws IOException {
                var m = getGraphicsState().getCurrentTransformationMatrix();
                PDRectangle b = form.getBBox();
                placed.add(new PDRectangle(m.getTranslateX(), m.getTranslateY(), b.getWidth() * m.getScaleX(),
                        b.getHeight() * m.getScaleY()));
            }

            @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) { }
            @Override public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { }
            @Override public void lineTo(float x, float y) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
            @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void strokePath() { }
            @Override public void fillPath(int windingRule) { }
            @Override public void fillAndStrokePath(int windingRule) { }
            @Override public void shadingFill(COSName shadingName) { }
        }.processPage(sheet);
        return placed;
    }

    @Test
    void pagesStayVectorAndShareOneCopyOfEachFontAndImage() throws IOException {
        byte[] source = finisher.finish(PdfFinisherTest.rawA, PdfFinisherTest.info(Optional.empty())).bytes();
        byte[] booklet = finisher.booklet(numberedPages(6, PDRectangle.A4), PdfFinisherTest.info(Optional.empty())).bytes();
        try (PDDocument doc = PdfFinisher.open(booklet)) {
            assertThat(images(doc)).isEmpty();
            // Text is still text: drawn with the embedded font, not as pictures of it.
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Page 6");
        }
        byte[] imposedHandout = finisher.booklet(source, PdfFinisherTest.info(Optional.empty())).bytes();
        try (PDDocument before = PdfFinisher.open(source); PDDocument after = PdfFinisher.open(imposedHandout)) {
            assertThat(images(after)).hasSameSizeAs(images(before));
            assertThat(fontFiles(after)).isEqualTo(fontFiles(before));
        }
    }

    @Test
    void sameInputGivesTheSameBookletBytes() throws IOException {
        byte[] source = numberedPages(7, PDRectangle.A4);
        assertThat(finisher.booklet(source, PdfFinisherTest.info(Optional.empty())).bytes())
                .isEqualTo(new PdfFinisher().booklet(source, PdfFinisherTest.info(Optional.empty())).bytes());
    }

    /** Every distinct image XObject, on pages or inside forms. */
    static Set<COSStream> images(PDDocument doc) throws IOException {
        Set<COSStream> found = new HashSet<>();
        for (PDPage page : doc.getPages()) collect(page.getResources(), found, new HashSet<>(), true);
        return found;
    }

    /** Every distinct embedded font program. */
    static int fontFiles(PDDocument doc) throws IOException {
        Set<COSStream> found = new HashSet<>();
        for (PDPage page : doc.getPages()) collect(page.getResources(), found, new HashSet<>(), false);
        return found.size();
    }

    private static void collect(PDResources resources, Set<COSStream> found, Set<PDResources> seen, boolean images)
            throws IOException {
        if (resources == null || !seen.add(resources)) return;
        if (!images) {
            for (COSName n : resources.getFontNames()) {
                var d = resources.getFont(n).getFontDescriptor();
                if (d != null && d.getFontFile2() != null) found.add(d.getFontFile2().getCOSObject());
            }
        }
        for (COSName n : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(n);
            if (x instanceof PDImageXObject image && images) found.add(image.getCOSObject());
            if (x instanceof PDFormXObject form) collect(form.getResources(), found, seen, images);
        }
    }
}
