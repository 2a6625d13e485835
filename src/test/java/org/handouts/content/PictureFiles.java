package org.handouts.content;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a clinic's own pictures for tests: PNG and JPEG images and PDF pages, each with a dark
 * diagonal stroke and a frame, so a rendered page shows ink where the picture is.
 */
public final class PictureFiles {
    private PictureFiles() {
    }

    public static Path png(Path file, int width, int height) {
        return raster(file, "png", width, height);
    }

    public static Path jpeg(Path file, int width, int height) {
        return raster(file, "jpeg", width, height);
    }

    private static Path raster(Path file, String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1f, 0x3f, 0x6b));
        g.setStroke(new BasicStroke(Math.max(2, width / 20f)));
        g.drawLine(width / 10, height * 9 / 10, width * 9 / 10, height / 10);
        g.drawRect(1, 1, width - 3, height - 3);
        g.dispose();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) throw new IOException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A vector PDF of {@code pages} pages of the given size in points. */
    public static Path pdf(Path file, float width, float height, int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        for (int i = 0; i < pages; i++) {
            if (i > 0) doc.newPage();
            PdfContentByte cb = writer.getDirectContent();
            cb.setRGBColorStroke(0x1f, 0x3f, 0x6b);
            cb.setLineWidth(Math.max(2, width / 20));
            cb.moveTo(width / 10, height / 10);
            cb.lineTo(width * 9 / 10, height * 9 / 10);
            cb.rectangle(1, 1, width - 2, height - 2);
            cb.stroke();
        }
        doc.close();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
