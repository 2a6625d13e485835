package org.handouts.post;

import org.handouts.languages.Messages;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts a patient's pack together from its rendered parts (cover, each stage's handout, each
 * stage's weekly sheets): one outline entry per part or sheet, blank backs for double-sided
 * printing, page labels and "Page X of Y" stamped on every page so the numbers hold for the whole
 * pack, and the cover's QR code drawn as vector squares into its link's box. Stateless and
 * thread-safe.
 */
public final class PackAssembler {
    private static final float MM = 72f / 25.4f;
    private static final float FOOTER_SIZE = 9.5f;
    private static final float GREY = 0x33 / 255f;

    private final Path boldFont;
    private final Path regularFont;

    /** The fonts the page numbers and blank-page notes are set in (the templates' typeface). */
    public PackAssembler(Path regularFont, Path boldFont) {
        this.regularFont = regularFont;
        this.boldFont = boldFont;
    }

    /**
     * Where a part's templates print the footer, so the stamped number sits where "Page X of Y"
     * does on a general handout: the page's right margin and the footer text's baseline above
     * the bottom edge, in millimetres, and its size (18 pt in large print).
     */
    public record Footer(float rightMarginMm, float baselineMm, float sizePt) {
        /** At the standard footer's size. */
        public Footer(float rightMarginMm, float baselineMm) {
            this(rightMarginMm, baselineMm, FOOTER_SIZE);
        }
    }

    /**
     * One rendered part. {@code bookmarks} names its pages in the outline: one title for the
     * whole part (a handout) or one per page (weekly sheets; "" for a page that continues the
     * one before); each named page starts on the front of a sheet when printing double-sided.
     */
    public record Part(byte[] pdf, List<String> bookmarks, boolean bookmarkEachPage, Footer footer) {
        public Part {
            Objects.requireNonNull(pdf);
            bookmarks = List.copyOf(bookmarks);
            Objects.requireNonNull(footer);
        }
    }

    /** Merges the parts and finishes the pack. */
    public PdfFinisher.Finished assemble(List<Part> parts, boolean duplex, Optional<String> qrLink, DocumentInfo info,
                                         Messages m) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument target = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<Starts> starts = new ArrayList<>();
            // Keyed by the page dictionary: PDPage objects are fresh wrappers on each access.
            Map<COSDictionary, Footer> footers = new java.util.HashMap<>();
            for (Part part : parts) {
                PDDocument source = Loader.loadPDF(part.pdf());
                sources.add(source);
                int before = target.getNumberOfPages();
                merger.appendDocument(target, source);
                int after = target.getNumberOfPages();
                for (int i = before; i < after; i++) {
                    PDPage page = target.getPage(i);
                    footers.put(page.getCOSObject(), part.footer());
                    if (part.bookmarkEachPage()) {
                        starts.add(new Starts(page, part.bookmarks().get(Math.min(i - before, part.bookmarks().size() - 1))));
                    } else if (i == before) {
                        starts.add(new Starts(page, part.bookmarks().isEmpty() ? "" : part.bookmarks().get(0)));
                    }
                }
            }
            List<PDPage> blanks = duplex ? insertBlankBacks(target, starts) : List.of();
            if (qrLink.isPresent()) drawQr(target, qrLink.get());
            outline(target, starts);
            labels(target);
            stamp(target, footers, blanks, m);
            PdfFinisher.applyInfo(target, info);
            return new PdfFinisher.Finished(PdfFinisher.save(target), target.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the pack: " + e.getMessage(), e);
        } finally {
            for (PDDocument d : sources) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // Read from memory: nothing to release that matters.
                }
            }
        }
    }

    private record Starts(PDPage page, String title) {
    }

    /**
     * Before every page that starts a part or a sheet and would fall on a back, a blank page. A
     * page with no title continues the one before (a large-print week's second page).
     */
    private static List<PDPage> insertBlankBacks(PDDocument doc, List<Starts> starts) {
        List<PDPage> blanks = new ArrayList<>();
        for (Starts s : starts) {
            if (s.title().isEmpty()) continue;
            int index = doc.getPages().indexOf(s.page());
            if (index % 2 == 1) {
                PDPage previous = doc.getPage(index - 1);
                PDPage blank = new PDPage(new PDRectangle(previous.getMediaBox().getWidth(), previous.getMediaBox().getHeight()));
                doc.getPages().insertBefore(blank, s.page());
                blanks.add(blank);
            }
        }
        return blanks;
    }

    private static void outline(PDDocument doc, List<Starts> starts) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Starts s : starts) {
            if (s.title().isEmpty()) continue;
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(s.page());
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(s.title());
            item.setDestination(dest);
            outline.addLast(item);
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setDocumentOutline(outline);
    }

    /** One decimal range from the first page: the viewer's page number is the printed one. */
    private static void labels(PDDocument doc) throws IOException {
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange range = new PDPageLabelRange();
        range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, range);
        doc.getDocumentCatalog().setPageLabels(labels);
    }

    private void stamp(PDDocument doc, Map<COSDictionary, Footer> footers, List<PDPage> blanks, Messages m) throws IOException {
        PDFont bold = PDType0Font.load(doc, boldFont.toFile());
        PDFont regular = blanks.isEmpty() ? bold : PDType0Font.load(doc, regularFont.toFile());
        int total = doc.getNumberOfPages();
        int number = 0;
        Footer last = null;
        for (PDPage page : doc.getPages()) {
            number++;
            Footer footer = footers.getOrDefault(page.getCOSObject(), last);
            last = footer;
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.setNonStrokingColor(GREY, GREY, GREY);
                String text = m.format("document.page", "page", number, "pages", total);
                float width = bold.getStringWidth(text) / 1000f * footer.sizePt();
                out.beginText();
                out.setFont(bold, footer.sizePt());
                out.newLineAtOffset(box.getUpperRightX() - footer.rightMarginMm() * MM - width,
                        box.getLowerLeftY() + footer.baselineMm() * MM);
                out.showText(text);
                out.endText();
                if (blanks.contains(page)) {
                    String note = m.text("pack.blankPage");
                    // As large as the pack's own footer's text, or 12 pt.
                    float size = Math.max(12f, footer.sizePt());
                    float noteWidth = regular.getStringWidth(note) / 1000f * size;
                    out.beginText();
                    out.setFont(regular, size);
                    out.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - noteWidth) / 2, box.getLowerLeftY() + box.getHeight() / 2);
                    out.showText(note);
                    out.endText();
                }
            }
        }
    }

    /**
     * Draws the QR code for {@code link} into the box of the cover's link to it, as filled squares
     * (runs of dark modules become one rectangle), with a quiet zone of four modules. The box is
     * on the cover's first page, or its second in large print.
     */
    private static void drawQr(PDDocument doc, String link) {
        try {
            PDRectangle area = null;
            PDPage cover = null;
            for (int i = 0; i < Math.min(2, doc.getNumberOfPages()) && area == null; i++) {
                for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI uri && link.equals(uri.getURI())) {
                        area = l.getRectangle();
                        cover = doc.getPage(i);
                        break;
                    }
                }
            }
            if (area == null) throw new IllegalStateException("the cover template has no link box for the QR code");
            ByteMatrix matrix = Encoder.encode(link, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
            int n = matrix.getWidth();
            float side = Math.min(area.getWidth(), area.getHeight());
            float module = side / (n + 8);
            float x0 = area.getLowerLeftX() + (area.getWidth() - side) / 2 + 4 * module;
            float top = area.getLowerLeftY() + (area.getHeight() + side) / 2 - 4 * module;
            try (PDPageContentStream out = new PDPageContentStream(doc, cover,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.setNonStrokingColor(0f, 0f, 0f);
                for (int y = 0; y < n; y++) {
                    int x = 0;
                    while (x < n) {
                        if (matrix.get(x, y) != 1) {
                            x++;
                            continue;
                        }
                        int run = x;
                        while (run < n && matrix.get(run, y) == 1) run++;
                        // A hair of overlap so viewers do not show seams between modules.
                        out.addRect(x0 + x * module, top - (y + 1) * module - 0.02f, (run - x) * module + 0.02f, module + 0.02f);
                        x = run;
                    }
                }
                out.fill();
            }
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the link as a QR code: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
