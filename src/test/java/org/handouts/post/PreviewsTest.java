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
}
