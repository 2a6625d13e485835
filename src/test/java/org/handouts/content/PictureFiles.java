package org.handouts.content;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
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

    /**
     * A JPEG in printing-press colours: four components, marked by Adobe's APP14 segment as CMYK,
     * or as YCCK (transformed) when {@code ycck}, as print workflows export them.
     */
    public static Path pressJpeg(Path file, int width, int height, boolean ycck) {
        WritableRaster inks = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) inks.setPixel(x, y, new int[] {x * 255 / width, 40, y * 255 / height, 10});
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(jpeg)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(inks, null, null), null); // a raster: written as it is, no JFIF, no colour change
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] plain = jpeg.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) (ycck ? 2 : 0)};
        byte[] marked = new byte[plain.length + adobe.length];
        System.arraycopy(plain, 0, marked, 0, 2); // after the start-of-image marker
        System.arraycopy(adobe, 0, marked, 2, adobe.length);
        System.arraycopy(plain, 2, marked, 2 + adobe.length, plain.length - 2);
        return write(file, marked);
    }

    /**
     * A JPEG with an EXIF orientation tag (6: turn 90° clockwise to show it; 3: turn it over), in
     * Intel ({@code littleEndian}) or Motorola byte order, as phone cameras write them.
     */
    public static Path turnedJpeg(Path file, int width, int height, int orientation, boolean littleEndian) {
        byte[] plain;
        try {
            plain = Files.readAllBytes(jpeg(file, width, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.nio.ByteBuffer exif = java.nio.ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        exif.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M');
        exif.order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        exif.putShort((short) 42).putInt(8);                                   // TIFF header; the directory follows it
        exif.putShort((short) 1);                                              // one entry:
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);                                                        // no next directory
        byte[] marked = new byte[plain.length + exif.capacity()];
        System.arraycopy(plain, 0, marked, 0, 2);
        System.arraycopy(exif.array(), 0, marked, 2, exif.capacity());
        System.arraycopy(plain, 2, marked, 2 + exif.capacity(), plain.length - 2);
        return write(file, marked);
    }

    /** A one-page PDF with a line of text in Helvetica, referred to but not embedded. */
    public static Path pdfWithFontNotEmbedded(Path file, float width, float height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        try {
            cb.beginText();
            cb.setFontAndSize(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), 12);
            cb.setTextMatrix(10, height / 2);
            cb.showText("Knee rolls");
            cb.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.close();
        return write(file, out.toByteArray());
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
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
        return write(file, out.toByteArray());
    }
}
