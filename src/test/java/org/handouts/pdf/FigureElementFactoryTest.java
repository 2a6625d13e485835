package org.handouts.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handouts.figures.Figure;
import org.handouts.figures.Figures;
import org.handouts.figures.Palette;
import org.handouts.figures.Pose;
import org.handouts.figures.Posture;
import org.handouts.figures.Stage;
import org.handouts.figures.View;
import org.handouts.model.InvalidContentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code <img class="figure" src="figure:...">} is drawn as vector paths in its CSS box; nothing else is. */
class FigureElementFactoryTest {
    @TempDir
    static Path templates;
    static PdfRenderer renderer;
    static Figures figures;

    @BeforeAll
    static void setUp() throws IOException {
        renderer = new PdfRenderer(FontSet.load(Path.of("fonts").toAbsolutePath()), new ResourcePolicy(List.of(templates)));
        Pose lying = new Pose(Posture.LYING_ON_BACK, List.of(), List.of());
        Pose standing = new Pose(Posture.STANDING, List.of(), List.of());
        figures = Figures.of(Map.of("get-up", new Figure(View.SIDE, false, List.of(),
                Map.of(Stage.START, lying, Stage.END, standing), Optional.empty())), new Palette(0x0f4c5c, 0xe07a2e));
    }

    private static byte[] render(String body) {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                <style type="text/css">@page { size: A4; margin: 0 } body { margin: 0 }
                img.figure { width: 60mm; height: 40mm; display: block; }</style></head>
                <body>%s</body></html>""".formatted(body);
        return renderer.render(xhtml, templates.toUri().toString(), "templates/test.xhtml", figures);
    }

    @Test
    void drawsTheFigureInsideItsCssBoxWithoutAnyImage() throws IOException {
        byte[] pdf = render("<img class=\"figure\" src=\"figure:get-up/end\" alt=\"Standing\"/>");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            // 60 mm x 40 mm is 170 x 113 points: every drawn pixel lies in that box, and there are many.
            int inside = 0, outside = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) continue;
                    if (x <= 171 && y <= 114) inside++;
                    else outside++;
                }
            }
            assertThat(inside).isGreaterThan(300);
            assertThat(outside).isZero();
        }
    }

    @Test
    void aFigureUriThatNamesNoFigureFailsTheDocumentWithItsName() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> render("<img class=\"figure\" src=\"figure:no-such/start\" alt=\"\"/>"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("no figure for 'figure:no-such/start'");
            assertThat(p.hint()).contains("figure:<exercise-id>/<start|middle|end>");
        });
    }

    @Test
    void aFigureUriOutsideAFigureImageIsRefusedByTheUserAgent() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> render("<img src=\"figure:get-up/start\" alt=\"\"/><div style=\"background-image: url('figure:get-up/end')\">x</div>"));
        assertThat(e.problems()).extracting(p -> p.message()).contains("refused to load 'figure:get-up/start'");
    }

    @Test
    void withOnlyAWidthTheHeightFollowsTheFiguresProportions() throws IOException {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                <style type="text/css">@page { size: A4; margin: 0 } body { margin: 0 }
                img.figure { width: 100mm; display: block; } p { margin: 0 }</style></head>
                <body><img class="figure" src="figure:get-up/start" alt=""/><p>Below</p></body></html>""";
        byte[] pdf = renderer.render(xhtml, templates.toUri().toString(), "t", figures);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                float y;

                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    y = positions.get(0).getYDirAdj();
                }
            };
            stripper.getText(doc);
            double expected = 100 / 25.4 * 72 / figures.aspectRatio("get-up");
            assertThat((double) stripper.y).isBetween(expected, expected + 20);
        }
    }
}
