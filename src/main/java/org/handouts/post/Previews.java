package org.handouts.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Page images of a PDF, rendered by PDFBox, for reviewing output without a PDF viewer. */
public final class Previews {

    private Previews() {
    }

    /** The PDF could not be read; distinct from failing to write a preview. */
    public static final class UnreadablePdfException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadablePdfException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What one page image may cost in memory: 64 MiB, 16 million pixels of 4 bytes. An A4 or
     * Letter page fits up to about 400 dpi; a larger page only at a lower resolution.
     */
    public static final long MAX_PAGE_IMAGE_BYTES = 64L * 1024 * 1024;
    private static final int BYTES_PER_PIXEL = 4;   // an RGB BufferedImage keeps each pixel in an int
    /** The lowest resolution the preview command accepts. */
    public static final int MIN_DPI = 10;

    /** Pages whose image at the asked resolution would cost more than {@link #MAX_PAGE_IMAGE_BYTES}. */
    public static final class PageTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final List<String> pages;

        PageTooLargeException(List<String> pages) {
            super(String.join("; ", pages));
            this.pages = List.copyOf(pages);
        }

        /** One message per page: "page 3 is 1000 x 1000 mm; at 60 dpi ...". */
        public List<String> pages() {
            return pages;
        }
    }

    /**
     * Writes {@code <folder-of-pdf>-<name>-p<N>.png} for each page into {@code folder}, each
     * through a temporary file renamed into place; returns the files.
     */
    public static List<Path> render(Path pdf, Path folder, int dpi) throws IOException {
        Files.createDirectories(folder);
        String base = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
        String parent = pdf.getParent() == null ? "" : pdf.getParent().getFileName() + "-";
        List<Path> written = new ArrayList<>();
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UnreadablePdfException(e.getMessage(), e);
        }
        try (doc) {
            requireSmallEnough(doc, dpi);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image;
                try {
                    image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                } catch (RuntimeException e) {
                    throw new UnreadablePdfException("cannot draw page " + (i + 1) + ": " + e.getMessage(), e);
                }
                Path png = folder.resolve(parent + base + "-p" + (i + 1) + ".png");
                Path temp = Files.createTempFile(folder, "." + png.getFileName() + "-", ".partial");
                try {
                    if (!ImageIO.write(image, "png", temp.toFile())) throw new IOException("no PNG writer");
                    Files.move(temp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
                written.add(png);
            }
        }
        return written;
    }

    /** Checks every page's size before any is drawn, so a huge page is a message, not an OutOfMemoryError. */
    private static void requireSmallEnough(PDDocument doc, int dpi) throws PageTooLargeException {
        List<String> tooLarge = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDRectangle box = doc.getPage(i).getCropBox();
            long bytes = imageBytes(box, dpi);
            if (bytes <= MAX_PAGE_IMAGE_BYTES) continue;
            int fitting = dpi;
            while (fitting >= MIN_DPI && imageBytes(box, fitting) > MAX_PAGE_IMAGE_BYTES) fitting--;
            tooLarge.add(String.format(Locale.ROOT, "page %d is %.0f x %.0f mm; at %d dpi its preview would be "
                            + "%d x %d pixels (%d MiB), more than the %d MiB a preview may use (%s)",
                    i + 1, box.getWidth() / 72 * 25.4, box.getHeight() / 72 * 25.4, dpi, pixels(box.getWidth(), dpi),
                    pixels(box.getHeight(), dpi), bytes / (1024 * 1024), MAX_PAGE_IMAGE_BYTES / (1024 * 1024),
                    fitting >= MIN_DPI ? "use --dpi " + fitting + " or lower" : "the page is too large to preview"));
        }
        if (!tooLarge.isEmpty()) throw new PageTooLargeException(tooLarge);
    }

    private static long imageBytes(PDRectangle box, int dpi) {
        return pixels(box.getWidth(), dpi) * pixels(box.getHeight(), dpi) * BYTES_PER_PIXEL;
    }

    /** As PDFBox sizes the image: points at 72 per inch, scaled and rounded up. */
    private static long pixels(float points, int dpi) {
        return (long) Math.ceil(Math.abs((double) points) * dpi / 72.0);
    }
}
