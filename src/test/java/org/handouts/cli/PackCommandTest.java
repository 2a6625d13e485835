package org.handouts.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PackCommandTest {
    @TempDir
    Path tmp;

    @Test
    void packHasThePersonalisedHandoutThenOneDatedLandscapeTrackerPerWeek() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run = pack(out, REPO_EXAMPLE);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("packs/jane-example.pdf").contains("1 built in");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("packs/jane-example.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            int handoutPages = pages - 4;
            assertThat(handoutPages).isPositive();
            for (int i = 0; i < pages; i++) {
                PDPage page = pdf.getPage(i);
                boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                assertThat(landscape).as("page " + (i + 1) + " landscape").isEqualTo(i >= handoutPages);
            }
            String handout = text(pdf, 1, handoutPages);
            assertThat(handout).contains("Jane Example").contains("Sam Patel, physiotherapist")
                    .contains("Skip the bottom to heels stretch until we look at your knee again.")
                    .contains("Repeat 3 times.");                      // the pack's dose change
            String firstWeek = text(pdf, handoutPages + 1, handoutPages + 1);
            assertThat(firstWeek).contains("Jane Example").contains("30 Nov 2026").contains("Week 1 of 4")
                    .containsSubsequence("30 Nov", "1 Dec", "2 Dec", "3 Dec", "4 Dec", "5 Dec", "6 Dec");
            String lastWeek = text(pdf, pages, pages);
            assertThat(lastWeek).contains("21 Dec 2026").contains("Week 4 of 4");
            // The name is on the paper, not in the metadata that travels with the file.
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(
                    "Gentle start for lower back pain (Beginner): Personal exercise pack").doesNotContain("Jane");
            assertThat(pdf.getDocumentInformation().getKeywords()).doesNotContain("Jane");
        }
    }

    @Test
    void badPackFileIsReportedWithPositionsAndWritesNothing() throws IOException {
        Path file = tmp.resolve("bad-pack.yaml");
        Files.writeString(file, Files.readString(Cli.REPO.resolve(REPO_EXAMPLE))
                .replace("start: 2026-11-30", "start: 2026-12-02").replace("routine: beginner", "routine: beginer"));
        Path out = tmp.resolve("out");
        Cli.Run run = pack(out, file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("bad-pack.yaml:5:10: routine: unknown routine 'beginer' (did you mean 'beginner'?)")
                .contains("bad-pack.yaml:6:8: start: 2026-12-02 is a Wednesday, not a Monday")
                .contains("2 problems in 1 file; nothing was written.")
                .doesNotContain("\tat org.");
        assertThat(out).doesNotExist();
    }

    private static final String REPO_EXAMPLE = "docs/examples/jane-example.yaml";

    private static Cli.Run pack(Path out, String file) {
        Path r = Cli.REPO;
        return Cli.run("pack", "--content", r.resolve("content").toString(), "--templates", r.resolve("templates").toString(),
                "--fonts", r.resolve("fonts").toString(), "--out", out.toString(), r.resolve(file).toString());
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
