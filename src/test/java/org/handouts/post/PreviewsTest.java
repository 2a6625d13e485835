package org.handouts.post;

import org.handouts.pdf.FontSet;
import org.handouts.pdf.PdfRenderer;
import org.handouts.pdf.ResourcePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewsTest {
    @TempDir
    Path tmp;

    @Test
    void writesOnePngPerPageNamedAfterFolderFileAndPage() throws IOException {
        Path fonts = Path.of("fonts").toAbsolutePath();
        byte[] raw = new PdfRenderer(FontSet.load(fonts), new ResourcePolicy(List.of(fonts)))
                .render(PdfFinisherTest.xhtml("Preview me"), fonts.toUri().toString(), "p.xhtml");
        Path pdf = Files.createDirectories(tmp.resolve("riverside")).resolve("beginner-handout.pdf");
        Files.write(pdf, new PdfFinisher().finish(raw, PdfFinisherTest.info(Optional.empty())).bytes());

        List<Path> pngs = Previews.render(pdf, tmp.resolve("previews"), 20);

        assertThat(pngs).extracting(p -> p.getFileName().toString())
                .containsExactly("riverside-beginner-handout-p1.png", "riverside-beginner-handout-p2.png");
        BufferedImage first = ImageIO.read(pngs.get(0).toFile());
        // A4 portrait at 20 dpi: about 165 x 234 pixels.
        assertThat(first.getWidth()).isBetween(163, 167);
        assertThat(first.getHeight()).isBetween(232, 236);
    }

    @Test
    void previewOfAPageTooLargeForMemoryIsRefusedNamingThePage() throws IOException {
        Path pdf = tmp.resolve("poster.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(14173, 14173)));
            doc.save(pdf.toFile());
        }

        var refused = org.junit.jupiter.api.Assertions.assertThrows(Previews.PageTooLargeException.class,
                () -> Previews.render(pdf, tmp.resolve("previews"), 60));

        assertThat(refused.pages()).containsExactly("page 2 is 5000 x 5000 mm; at 60 dpi its preview would be "
                + "11811 x 11811 pixels (532 MiB), more than the 64 MiB a preview may use (use --dpi 20 or lower)");
        assertThat(tmp.resolve("previews")).isEmptyDirectory();
        assertThat(Previews.render(pdf, tmp.resolve("previews"), 20)).hasSize(2);
    }
}
