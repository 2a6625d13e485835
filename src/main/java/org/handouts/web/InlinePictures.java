package org.handouts.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handouts.model.FileErrors;
import org.handouts.model.Picture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;

/**
 * A clinic's own picture as a {@code data:} URI, so a web page shows it without a request. PNG and
 * JPEG go in as they are: the bytes the content check accepted, which every browser shows, so the
 * page is byte-identical from build to build and nothing is lost to re-encoding. A one-page PDF
 * picture is rendered to PNG with PDFBox: browsers do not show PDF in an {@code <img>}.
 */
final class InlinePictures {
    /**
     * The longer side of a rendered PDF picture, in pixels: twice the widest a picture is shown on
     * the page (a 20rem figure, 320 CSS pixels), so it stays sharp on phone and laptop screens of
     * two device pixels per CSS pixel and prints at about 500 dpi in a 32 mm box. The scale is set
     * by the page's longer side, so the image is at most 640 × 640 RGB: 1.2 MiB while it is
     * encoded, well inside the 16 MiB {@code images.ImageBudget} allows a picture.
     */
    static final int PDF_PIXELS = 640;

    private InlinePictures() {
    }

    /** The picture as a {@code data:image/png} or {@code data:image/jpeg} URI. */
    static String dataUri(Picture picture) {
        try {
            byte[] bytes = Files.readAllBytes(picture.file());
            return switch (picture.format()) {
                case PNG -> uri("image/png", bytes);
                case JPEG -> uri("image/jpeg", bytes);
                case PDF -> uri("image/png", rendered(bytes));
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the picture " + picture.file() + ": " + FileErrors.reason(e), e);
        }
    }

    private static String uri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The PDF's one page (its media box, as the handout prints it) as PNG, {@link #PDF_PIXELS} on its
     * longer side, on white. The content check accepted only pages with embedded fonts, so the
     * same file renders the same pixels on any machine. Images inside the page are subsampled to
     * the output size as they are decoded, so a large photo in a small PDF costs little memory.
     */
    static byte[] rendered(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            // The handout imports the whole media box (Flying Saucer sizes the picture by it), so
            // the web page shows the same, whatever crop box a viewer would apply.
            page.setCropBox(page.getMediaBox());
            PDRectangle box = page.getCropBox();
            float scale = PDF_PIXELS / Math.max(box.getWidth(), box.getHeight());
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(0, scale, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer");
            return out.toByteArray();
        }
    }
}
