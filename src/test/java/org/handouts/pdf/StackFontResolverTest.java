package org.handouts.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackFontResolverTest {
    @Test
    void familiesOutsideTheStackAndGenericNamesPrintInTheEmbeddedMainFace() throws IOException {
        Path fonts = Path.of("fonts").toAbsolutePath();
        PdfRenderer renderer = new PdfRenderer(FontSet.load(fonts), new ResourcePolicy(List.of(fonts)));
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title><style type="text/css">
                  @page { @bottom-center { content: "Page " counter(page); font-family: sans-serif; } }
                  p.a { font-family: "No Such Font", sans-serif; } p.b { font-family: serif; font-weight: bold; }
                  p.c { font-family: monospace; }
                </style></head><body><p class="a">Plain</p><p class="b">Bold</p><p class="c">Code</p></body></html>
                """;
        byte[] pdf = renderer.render(xhtml, fonts.toUri().toString(), "test.xhtml");
        List<PDFont> used = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) used.add(page.getResources().getFont(name));
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            assertThat(f.getName()).contains("AtkinsonHyperlegibleNext-");
        });
    }
}
