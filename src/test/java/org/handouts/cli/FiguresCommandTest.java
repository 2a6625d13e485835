package org.handouts.cli;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handouts.model.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code handouts figures}: the contact sheet, end to end through the command line, read back with PDFBox. */
class FiguresCommandTest {
    @TempDir
    Path out;

    private Cli.Run figures(String... more) {
        List<String> args = new ArrayList<>(List.of("figures", "--content", Cli.REPO.resolve("content").toString(),
                "--templates", Cli.REPO.resolve("templates").toString(), "--fonts", Cli.REPO.resolve("fonts").toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void contactSheetNamesEveryExerciseInOrderAndDrawsTheFiguresAsVectors() throws IOException {
        Cli.Run run = figures();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("figures.pdf");
        Path sheet = out.resolve("figures.pdf");
        List<Exercise> exercises = List.copyOf(ShippedContentBuildTest.library().exercises().values());
        try (PDDocument doc = Pdfs.open(sheet)) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 1 + exercises.size() / 4);
            String text = Pdfs.normalise(Pdfs.text(doc));
            int at = -1;
            for (Exercise e : exercises) {
                int next = text.indexOf(e.name(), at + 1);
                assertThat(next).as(e.name() + " after the previous exercise").isGreaterThan(at);
                at = next;
            }
            assertThat(text).contains("Start", "End").doesNotContain("No figure yet");
            for (PDPage page : doc.getPages()) assertThat(rasterImages(page.getResources(), 0)).isZero();
            assertThat(darkPixelsInMiddleBand(doc)).as("figures are drawn").isGreaterThan(500);
        }
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("figures.pdf", ".handouts.lock");
    }

    @Test
    void oneExerciseOnItsOwn() throws IOException {
        Cli.Run run = figures("--exercise", "knee-rolls");
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(out.resolve("figures.pdf"))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(Pdfs.text(doc)).contains("Knee rolls").doesNotContain("Squat");
        }
    }

    @Test
    void blindSheetNumbersShuffledFiguresAndPrintsTheKeyOnlyOnTheConsole() throws IOException {
        Cli.Run run = figures("--no-names", "--seed", "7");
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> ids = List.copyOf(ShippedContentBuildTest.library().exercises().keySet());
        List<String> key = run.outLines().stream().filter(l -> l.matches("\\s*\\d+\\s+[a-z0-9-]+")).map(l -> l.strip().split("\\s+")[1]).toList();
        assertThat(key).containsExactlyInAnyOrderElementsOf(ids).isNotEqualTo(ids);
        try (PDDocument doc = Pdfs.open(out.resolve("figures.pdf"))) {
            String text = Pdfs.text(doc);
            assertThat(text).contains("Figure 1", "Figure " + ids.size());
            for (Exercise e : ShippedContentBuildTest.library().exercises().values()) {
                assertThat(text).doesNotContain(e.name()).doesNotContain(e.id());
            }
        }
    }

    @Test
    void unknownExerciseIsAUsageProblemWithTheKnownIds() {
        Cli.Run run = figures("--exercise", "knee-roll");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("--exercise: unknown exercise 'knee-roll' (known: ").doesNotContain("Exception");
        assertThat(out.resolve("figures.pdf")).doesNotExist();
    }

    /** Image XObjects (raster pictures) on a page, looking inside form XObjects too. */
    static int rasterImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 5) return 0;
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) n++;
            if (x instanceof PDFormXObject form) n += rasterImages(form.getResources(), depth + 1);
        }
        return n;
    }

    /** Dark pixels of page 1 below its header: the figures' ink. */
    private static int darkPixelsInMiddleBand(PDDocument doc) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 40);
        int dark = 0;
        for (int y = image.getHeight() / 5; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 80 && ((rgb >> 8) & 0xFF) < 120) dark++;
            }
        }
        return dark;
    }
}
