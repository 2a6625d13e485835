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
import java.util.ArrayList;
import java.util.List;

/** Page images of a PDF, rendered by PDFBox, for reviewing output without a PDF viewer. */
public final class Previews {

    private Previews() {
    }

    /** Writes {@code <name>-p<N>.png} for each page into {@code folder}; returns the files. */
    public static List<Path> render(Path pdf, Path folder, int dpi) throws IOException {
        Files.createDirectories(folder);
        String base = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
        String parent = pdf.getParent() == null ? "" : pdf.getParent().getFileName() + "-";
        List<Path> written = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                Path png = folder.resolve(parent + base + "-p" + (i + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                written.add(png);
            }
        }
        return written;
    }
}
