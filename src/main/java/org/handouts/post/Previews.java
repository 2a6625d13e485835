package org.handouts.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
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
}
