package org.handouts.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handouts.model.PdfProbe;

import java.io.IOException;
import java.util.Optional;

/**
 * A {@link PdfProbe} that also finds what makes a clinic's one-page PDF picture unfit for a
 * handout: what would break PDF/A-2b once it is imported ({@link ArchiveRules#pictureProblems}),
 * and a page PDFBox cannot draw (the web page shows the picture drawn by PDFBox). The content
 * check then refuses the picture at the line that names it, instead of the build stopping when a
 * handout is finished or a web page drawn. The page itself is read by {@code reader}, the library
 * that will import it.
 */
public final class ArchivablePictures implements PdfProbe {
    /** The longer side of the trial drawing, in pixels: enough to run every operator, cheap to make. */
    private static final float TRIAL_PIXELS = 64;

    private final PdfProbe reader;

    public ArchivablePictures(PdfProbe reader) {
        this.reader = reader;
    }

    @Override
    public Optional<Facts> inspect(byte[] pdf) {
        Optional<Facts> facts = reader.inspect(pdf);
        if (facts.isEmpty() || facts.get().encrypted() || facts.get().pages() != 1) return facts;
        try {
            return Optional.of(facts.get().with(ArchiveRules.pictureProblems(pdf), draws(pdf)));
        } catch (IOException | RuntimeException e) { // what the importer reads, PDFBox cannot: a damaged file either way
            return Optional.empty();
        }
    }

    /** Whether PDFBox draws the page without failing, as the web page will. */
    private static boolean draws(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getCropBox();
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            renderer.renderImage(0, TRIAL_PIXELS / Math.max(box.getWidth(), box.getHeight()), ImageType.RGB);
            return true;
        } catch (RuntimeException e) { // a malformed function, colour space or image inside the page
            return false;
        }
    }
}
