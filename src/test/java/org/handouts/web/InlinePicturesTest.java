package org.handouts.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.handouts.content.PictureFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF picture drawn for the web page as the handout prints it. */
class InlinePicturesTest {
    @TempDir
    Path tmp;

    @Test
    void drawsTheWholeMediaBoxAsTheHandoutDoesWhateverTheCropBox() throws IOException {
        Path pdf = PictureFiles.pdf(tmp.resolve("tall.pdf"), 100, 200, 1);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) { // not the file: saving over it while reading
            doc.getPage(0).setCropBox(new PDRectangle(0, 0, 100, 50));
            doc.save(pdf.toFile());
        }

        byte[] png = InlinePictures.rendered(Files.readAllBytes(pdf));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(InlinePictures.PDF_PIXELS / 2);
        assertThat(image.getHeight()).isEqualTo(InlinePictures.PDF_PIXELS);
        assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() / 2) & 0xFFFFFF)
                .as("the diagonal, outside the crop box").isNotEqualTo(0xFFFFFF);
        assertThat(InlinePictures.rendered(Files.readAllBytes(pdf))).as("the same bytes again").isEqualTo(png);
    }
}
