package org.handouts.content;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handouts.model.Exercise;
import org.handouts.model.Picture;
import org.handouts.figures.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A clinic's own pictures: what a good one loads as, and the refusals that cannot be stored in
 * the invalid corpus (links, a file over the size limit, a rotated PDF page). The other refusals
 * are corpus cases named picture-*.
 */
class OwnPicturesTest {
    static final String PRESS_COLOURS = " JPEG, in printing-press colours that an archival (PDF/A) handout in sRGB cannot "
            + "hold (export it as an sRGB JPEG or as PNG; ";
    @TempDir
    Path project;

    private Path content() {
        return ContentFixtures.copyBase(project);
    }

    private static void addPictures(Path content, String start, String end) throws IOException {
        Files.writeString(content.resolve("exercises/knee-rolls.yaml"), """
                pictures:
                  start: {file: %s, alt: "Lying on the back, knees bent."}
                  end:
                    file: %s
                    alt: Knees rolled to one side.
                """.formatted(start, end), StandardOpenOption.APPEND);
    }

    @Test
    void pngJpegAndPdfPicturesLoadWithTheirShapeAndAltText() throws IOException {
        Path content = content();
        PictureFiles.jpeg(content.resolve("exercises/pictures/start.jpg"), 600, 400);
        PictureFiles.pdf(content.resolve("exercises/pictures/end.pdf"), 100, 200, 1);
        addPictures(content, "pictures/start.jpg", "pictures/end.pdf");

        Exercise e = ContentFixtures.loader(project).load().requireExercise("knee-rolls");

        Picture start = e.findPicture(Stage.START).orElseThrow();
        assertThat(start.format()).isEqualTo(Picture.Format.JPEG);
        assertThat(start.aspect()).isCloseTo(1.5, within(1e-9));
        assertThat(start.alt()).contains("Lying on the back, knees bent.");
        assertThat(start.file()).isEqualTo(content.resolve("exercises/pictures/start.jpg").toRealPath());
        Picture end = e.findPicture(Stage.END).orElseThrow();
        assertThat(end.format()).isEqualTo(Picture.Format.PDF);
        assertThat(end.aspect()).isCloseTo(0.5, within(1e-6));
        assertThat(e.findPicture(Stage.MIDDLE)).isEmpty();
        assertThat(ContentFixtures.loader(project).load().requireExercise("plank").pictures()).isEmpty();
    }

    @Test
    void aLinkToAPictureOutsideTheContentFolderIsRefused() throws IOException {
        Path content = content();
        Path outside = PictureFiles.png(project.resolve("elsewhere/secret.png"), 300, 200);
        Files.createSymbolicLink(content.resolve("exercises/start.png"), outside);
        PictureFiles.png(content.resolve("exercises/end.png"), 300, 200);
        addPictures(content, "start.png", "end.png");

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/knee-rolls.yaml:16:17: pictures.start.file: 'start.png' is outside the content folder "
                        + "(copy the picture into content/exercises)");
    }

    @Test
    void aPictureOverTwoMebibytesIsRefusedUnread() throws IOException {
        Path content = content();
        Path big = PictureFiles.png(content.resolve("exercises/start.png"), 300, 200);
        Files.write(big, new byte[2 * 1024 * 1024], StandardOpenOption.APPEND);
        PictureFiles.png(content.resolve("exercises/end.png"), 300, 200);
        addPictures(content, "start.png", "end.png");

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/knee-rolls.yaml:16:17: pictures.start.file: 'start.png' is larger than 2 MiB "
                        + "(export it at about 800 pixels wide)");
    }

    @Test
    void aRotatedPdfPageIsRefused() throws IOException {
        Path content = content();
        PictureFiles.png(content.resolve("exercises/start.png"), 300, 200);
        Path end = PictureFiles.pdf(content.resolve("exercises/end.pdf"), 200, 100, 1);
        try (PDDocument doc = Loader.loadPDF(end.toFile())) {
            doc.getPage(0).setRotation(90);
            doc.save(end.toFile());
        }
        addPictures(content, "start.png", "end.pdf");

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/knee-rolls.yaml:18:11: pictures.end.file: 'end.pdf' is a rotated page (/Rotate 90) "
                        + "(export the picture again without page rotation)");
    }

    @Test
    void aPdfPictureThatWouldBreakPdfAIsRefusedAtItsLineBeforeAnythingIsRendered() throws IOException {
        Path content = content();
        PictureFiles.png(content.resolve("exercises/start.png"), 300, 200);
        PictureFiles.pdfWithFontNotEmbedded(content.resolve("exercises/end.pdf"), 200, 100);
        addPictures(content, "start.png", "end.pdf");

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/knee-rolls.yaml:18:11: pictures.end.file: 'end.pdf' cannot go into an archival (PDF/A-2b) "
                        + "handout: font Helvetica is not embedded (export it again as PDF/A, with fonts embedded and RGB "
                        + "colours, or as PNG)");
    }

    @Test
    void cmykAndYcckJpegPicturesAreRefusedAtTheirLine() throws IOException {
        Path content = content();
        PictureFiles.pressJpeg(content.resolve("exercises/start.jpg"), 120, 80, false);
        PictureFiles.pressJpeg(content.resolve("exercises/end.jpg"), 120, 80, true);
        addPictures(content, "start.jpg", "end.jpg");

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/knee-rolls.yaml:16:17: pictures.start.file: 'start.jpg' is a CMYK" + PRESS_COLOURS
                        + "about 800 pixels wide is plenty for a picture)",
                "content/exercises/knee-rolls.yaml:18:11: pictures.end.file: 'end.jpg' is a YCCK" + PRESS_COLOURS
                        + "about 800 pixels wide is plenty for a picture)");
    }

    @Test
    void aJpegStoredTurnedIsRefusedAtItsLineAsThePdfWouldPrintItTurned() throws IOException {
        Path content = content();
        PictureFiles.turnedJpeg(content.resolve("exercises/start.jpg"), 120, 80, 6, true);
        PictureFiles.turnedJpeg(content.resolve("exercises/end.jpg"), 120, 80, 3, false);
        addPictures(content, "start.jpg", "end.jpg");

        String turned = ") that a PDF ignores: the handout would print it on its side or upside down (turn it upright in a "
                + "picture editor and export it again, or as PNG; about 800 pixels wide is plenty for a picture)";
        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/knee-rolls.yaml:16:17: pictures.start.file: 'start.jpg' is stored turned or mirrored, with an "
                        + "EXIF orientation (6" + turned,
                "content/exercises/knee-rolls.yaml:18:11: pictures.end.file: 'end.jpg' is stored turned or mirrored, with an "
                        + "EXIF orientation (3" + turned);
        PictureFiles.turnedJpeg(content.resolve("exercises/start.jpg"), 120, 80, 1, true);
        PictureFiles.jpeg(content.resolve("exercises/end.jpg"), 120, 80);
        assertThat(ContentFixtures.loader(project).load().requireExercise("knee-rolls").pictures()).hasSize(2);
    }

    @Test
    void aCmykJpegLogoIsRefusedAtItsLine() throws IOException {
        Path content = content();
        PictureFiles.pressJpeg(content.resolve("brands/logo.jpg"), 120, 80, false);
        Path brand = content.resolve("brands/clinic.yaml");
        Files.writeString(brand, Files.readString(brand).replace("logo: logo.png", "logo: logo.jpg"));

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/brands/clinic.yaml:2:7: logo: 'logo.jpg' is a CMYK" + PRESS_COLOURS
                        + "about 600 pixels wide is plenty for a logo)");
    }

    @Test
    void everyBadPictureOfAFileIsReportedAtOnce() throws IOException {
        Path content = content();
        addPictures(content, "missing.png", "../../outside.pdf");

        assertThat(ContentFixtures.problemsOf(project)).hasSize(2);
        assertThat(Optional.of(ContentFixtures.problemsOf(project).get(1)))
                .hasValueSatisfying(p -> assertThat(p).contains("pictures.end.file: '../../outside.pdf' is outside the content folder"));
    }
}
