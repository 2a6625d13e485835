package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.handouts.content.PictureFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic's own pictures (PNG, JPEG, one-page PDF) replace drawn figures, print in their card and
 * show on the web page; one that would break PDF/A is refused at its line.
 */
class OwnPicturesBuildTest {
    @TempDir
    Path tmp;
    FixtureProject project;

    @BeforeEach
    void copyProject() throws IOException {
        project = FixtureProject.copy("minimal", tmp.resolve("project"));
    }

    private void addPictures(String exercise, String start, String end) throws IOException {
        Files.writeString(project.file("exercises/" + exercise + ".yaml"), """
                pictures:
                  start:
                    file: %s
                    alt: Lying on the back with both knees bent.
                  end:
                    file: %s
                    alt: Both knees rolled over to one side.
                """.formatted(start, end), StandardOpenOption.APPEND);
    }

    @Test
    void ownPicturesPrintInTheirCardsAndAPdfPictureStaysVector() throws IOException {
        PictureFiles.png(project.file("exercises/pictures/knee-rolls-start.png"), 600, 400);
        PictureFiles.pdf(project.file("exercises/pictures/knee-rolls-end.pdf"), 216, 144, 1);
        PictureFiles.jpeg(project.file("exercises/bridge-start.jpg"), 400, 400);
        PictureFiles.pdf(project.file("exercises/bridge-end.pdf"), 100, 150, 1);
        addPictures("knee-rolls", "pictures/knee-rolls-start.png", "pictures/knee-rolls-end.pdf");
        addPictures("bridge", "bridge-start.jpg", "bridge-end.pdf");

        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();

        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-handout.pdf"))) {
            // Raster: the logo, the PNG and the JPEG. The two PDF pictures add no image: each is
            // an imported page, a form XObject drawn with paths.
            assertThat(Pdfs.images(doc)).hasSize(3);
            List<PDFormXObject> forms = Pdfs.xObjects(doc).stream()
                    .filter(x -> x instanceof PDFormXObject).map(x -> (PDFormXObject) x).toList();
            assertThat(forms).hasSizeGreaterThanOrEqualTo(2);

            List<Pdfs.PictureBox> boxes = Pdfs.pictureBoxes(doc);
            assertThat(boxes).extracting(Pdfs.PictureBox::label).containsExactly("Start", "End", "Start", "End");
            for (Pdfs.PictureBox box : boxes) {
                assertThat(Pdfs.ink(doc, box)).as("ink in %s", box).isGreaterThan(0.01);
            }
            // The measure can fail: the same box moved into the blank page margin has no ink.
            Pdfs.PictureBox first = boxes.get(0);
            assertThat(Pdfs.ink(doc, new Pdfs.PictureBox(first.page(), "margin", 0, first.top(), 12 * Pdfs.MM,
                    first.height()))).isZero();
        }
        assertThat(new org.handouts.post.VeraPdf().failures(Files.readAllBytes(project.out.resolve("clinic/gentle-handout.pdf"))))
                .as("PDF/A-2b with PNG, JPEG and PDF pictures").isEmpty();
        String page = Files.readString(project.out.resolve("clinic/gentle.html"));
        assertThat(page.split("<img class=\"picture\" src=\"data:image/", -1)).as("the web page shows all four").hasSize(5);
    }

    @Test
    void aPdfPictureThatWouldBreakPdfAOrACmykJpegIsAContentErrorAtItsLineAndNothingIsWritten() throws IOException {
        PictureFiles.pressJpeg(project.file("exercises/knee-rolls-start.jpg"), 120, 80, true);
        PictureFiles.pdfWithFontNotEmbedded(project.file("exercises/knee-rolls-end.pdf"), 216, 144);
        addPictures("knee-rolls", "knee-rolls-start.jpg", "knee-rolls-end.pdf");

        Cli.Run run = project.build();

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains(
                "content/exercises/knee-rolls.yaml:19:11: pictures.start.file: 'knee-rolls-start.jpg' is a YCCK JPEG, in "
                        + "printing-press colours that an archival (PDF/A) handout in sRGB cannot hold (export it as an sRGB "
                        + "JPEG or as PNG; about 800 pixels wide is plenty for a picture)",
                "content/exercises/knee-rolls.yaml:22:11: pictures.end.file: 'knee-rolls-end.pdf' cannot go into an archival "
                        + "(PDF/A-2b) handout: font Helvetica is not embedded (export it again as PDF/A, with fonts embedded "
                        + "and RGB colours, or as PNG)");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(project.out).satisfiesAnyOf(out -> assertThat(out).doesNotExist(), out -> assertThat(out).isEmptyDirectory());
    }
}
