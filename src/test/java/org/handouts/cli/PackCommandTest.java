package org.handouts.cli;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PackCommandTest {
    @TempDir
    Path tmp;

    @Test
    void singleRoutinePackHasCoverHandoutThenOneDatedLandscapeSheetPerWeek() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run = pack(out, Cli.REPO.resolve("docs/examples/rc-0001.yaml"));
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("packs/rc-0001.pdf").contains("1 built in").doesNotContain("Jane");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("packs/rc-0001.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            int sheetsFrom = pages - 4;                                    // 0-based index of week 1
            for (int i = 0; i < pages; i++) {
                assertThat(landscape(pdf.getPage(i))).as("page " + (i + 1) + " landscape").isEqualTo(i >= sheetsFrom);
            }
            assertThat(text(pdf, 1, 1)).contains("Your exercise programme").contains("Jane Example").contains("rc-0001")
                    .contains("Sam Patel, physiotherapist").contains("Skip the bottom to heels stretch until we look at your knee again.")
                    .contains("Monday 30 November 2026").contains("Monday 28 December 2026")   // start, and review after 4 weeks
                    .contains("Page 1 of " + pages);
            String handout = text(pdf, 2, sheetsFrom);
            assertThat(handout).contains("Weeks 1 to 4 of 4").contains("Repeat 3 times.")       // the pack's dose change
                    .doesNotContain("Jane");                                // the handout is shared: no name on it
            assertThat(text(pdf, sheetsFrom + 1, sheetsFrom + 1)).contains("Jane Example").contains("30 Nov 2026")
                    .contains("Week 1 of 4").containsSubsequence("30 Nov", "1 Dec", "2 Dec", "3 Dec", "4 Dec", "5 Dec", "6 Dec")
                    .contains("Page " + (sheetsFrom + 1) + " of " + pages);
            assertThat(text(pdf, pages, pages)).contains("21 Dec 2026").contains("Week 4 of 4").contains("Page " + pages + " of " + pages);
            for (int i = 1; i <= pages; i++) {
                assertThat(text(pdf, i, i)).as("page " + i).contains("Page " + i + " of " + pages);
                assertThat(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[i - 1]).isEqualTo(String.valueOf(i));
            }
            assertThat(outline(pdf).keySet()).containsExactly("Cover: your programme",
                    "Handout: Gentle start for lower back pain (Beginner), Weeks 1 to 4 of 4",
                    "Week 1 of 4: 30 Nov 2026", "Week 2 of 4: 7 Dec 2026", "Week 3 of 4: 14 Dec 2026", "Week 4 of 4: 21 Dec 2026");
            assertThat(outline(pdf).values()).containsExactly(0, 1, sheetsFrom, sheetsFrom + 1, sheetsFrom + 2, sheetsFrom + 3);
            assertNoPersonalDataInMetadata(pdf, "Jane", "Example");
        }
    }

    /**
     * Six weeks in three stages from Monday 28 December 2026 (across a year end): the sheets are
     * dated week by week, each shows its own stage's exercises and doses, left-out exercises appear
     * nowhere, an added one appears in its stage's handout and sheets only.
     */
    @Test
    void threeStageProgrammeGivesSixDatedSheetsEachWithItsStagesExercisesAndDoses() throws IOException {
        Path file = tmp.resolve("rc-0042.yaml");
        Files.writeString(file, """
                patient: Ann Otherpatient
                reference: rc-0042
                brand: riverside
                start: 2026-12-28
                programme:
                  - routine: beginner
                    weeks: 1-2
                    leave_out: [bottom-to-heels-stretch]
                    doses:
                      side-bending: { reps: 7 }
                  - routine: standard
                    weeks: 2
                    add:
                      - exercise: squat
                        dose: { reps: 4 }
                  - routine: strengthening
                    weeks: 5-6
                    leave_out: [plank]
                """);
        Path out = tmp.resolve("out");
        Cli.Run run = pack(out, file);
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packs/rc-0042.pdf").toFile())) {
            Map<String, Integer> outline = outline(pdf);
            assertThat(outline.keySet()).containsExactly("Cover: your programme",
                    "Handout: Gentle start for lower back pain (Beginner), Weeks 1 and 2 of 6 (stage 1 of 3)",
                    "Week 1 of 6: 28 Dec 2026", "Week 2 of 6: 4 Jan 2027",
                    "Handout: Lower back exercises (Standard), Weeks 3 and 4 of 6 (stage 2 of 3)",
                    "Week 3 of 6: 11 Jan 2027", "Week 4 of 6: 18 Jan 2027",
                    "Handout: Building back strength (Strengthening), Weeks 5 and 6 of 6 (stage 3 of 3)",
                    "Week 5 of 6: 25 Jan 2027", "Week 6 of 6: 1 Feb 2027");
            List<String> sheets = new ArrayList<>();
            List<String> handouts = new ArrayList<>();
            List<Integer> starts = new ArrayList<>(outline.values());
            starts.add(pdf.getNumberOfPages());
            List<String> titles = new ArrayList<>(outline.keySet());
            for (int i = 1; i < titles.size(); i++) {
                String part = text(pdf, starts.get(i) + 1, starts.get(i + 1));
                (titles.get(i).startsWith("Week") ? sheets : handouts).add(part);
            }
            assertThat(sheets).hasSize(6);
            assertThat(sheets.get(0)).containsSubsequence("28 Dec", "29 Dec", "30 Dec", "31 Dec", "1 Jan", "2 Jan", "3 Jan")
                    .contains("Side bending").contains("7 times").doesNotContain("Bottom to heels");
            assertThat(sheets.get(1)).containsSubsequence("4 Jan", "10 Jan").contains("Week 2 of 6");
            assertThat(sheets.get(2)).contains("Week 3 of 6").contains("Squat").contains("4 times").contains("Bottom to heels")
                    .doesNotContain("Side bending");
            assertThat(sheets.get(3)).contains("Squat");
            assertThat(sheets.get(4)).contains("Week 5 of 6").doesNotContain("Plank").containsSubsequence("25 Jan", "31 Jan");
            assertThat(sheets.get(5)).containsSubsequence("1 Feb", "7 Feb").contains("Week 6 of 6");
            assertThat(handouts.get(0)).contains("Repeat 7 times").doesNotContain("Bottom to heels").doesNotContain("Squat");
            assertThat(handouts.get(1)).contains("Squat").contains("Repeat 4 times");
            assertThat(handouts.get(2)).doesNotContain("Plank");
            assertThat(text(pdf, 1, 1)).contains("Added: Squat.").contains("Monday 8 February 2027");
            assertThat(text(pdf, 1, pdf.getNumberOfPages())).doesNotContain("Plank");
            assertNoPersonalDataInMetadata(pdf, "Ann", "Otherpatient");
        }
    }

    @Test
    void duplexStartsEveryHandoutAndSheetOnTheFrontOfASheetOfPaper() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run = pack(out, Cli.REPO.resolve("docs/examples/rc-0042.yaml"));
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packs/rc-0042.pdf").toFile())) {
            Map<String, Integer> outline = outline(pdf);
            assertThat(outline).hasSize(1 + 3 + 6);
            outline.forEach((title, page) -> assertThat(page % 2).as(title + " on page " + (page + 1)).isZero());
            int pages = pdf.getNumberOfPages();
            int blanks = 0;
            for (int i = 1; i <= pages; i++) {
                String page = text(pdf, i, i);
                assertThat(page).contains("Page " + i + " of " + pages);
                if (page.contains("This page is left blank on purpose.")) {
                    blanks++;
                    assertThat(outline.values()).doesNotContain(i - 1);
                }
            }
            assertThat(blanks).isPositive();
        }
    }

    @Test
    void coverCarriesTheLinkAsAVectorQrCodeThatScansAndTheAddressInFull() throws IOException, Exception {
        Path out = tmp.resolve("out");
        assertThat(pack(out, Cli.REPO.resolve("docs/examples/rc-0042.yaml")).exit()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packs/rc-0042.pdf").toFile())) {
            assertThat(text(pdf, 1, 1)).contains("https://riverside.example/videos");
            // The code is drawn, not placed as a picture: the cover has the same images as one without a link.
            assertThat(pack(tmp.resolve("plain"), Cli.REPO.resolve("docs/examples/rc-0001.yaml")).exit()).isZero();
            try (PDDocument plain = Loader.loadPDF(tmp.resolve("plain/packs/rc-0001.pdf").toFile())) {
                assertThat(images(pdf.getPage(0))).isEqualTo(images(plain.getPage(0))).isPositive();
            }
            // Read the code as a phone would: from a picture of the printed area around it.
            var link = pdf.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink).findFirst().orElseThrow();
            float scale = 200 / 72f;
            var box = link.getRectangle();
            float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            int x = (int) ((box.getLowerLeftX() - 10) * scale);
            int y = (int) ((pageHeight - box.getUpperRightY() - 10) * scale);
            BufferedImage image = page.getSubimage(x, y, (int) ((box.getWidth() + 20) * scale), (int) ((box.getHeight() + 20) * scale));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertThat(decoded).isEqualTo("https://riverside.example/videos");
        }
    }

    @Test
    void badPackFileIsReportedWithPositionsAndWritesNothing() throws IOException {
        Path file = tmp.resolve("bad-pack.yaml");
        Files.writeString(file, Files.readString(Cli.REPO.resolve("docs/examples/rc-0001.yaml"))
                .replace("start: 2026-11-30", "start: 2026-12-02").replace("routine: beginner", "routine: beginer"));
        Path out = tmp.resolve("out");
        Cli.Run run = pack(out, file);
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("bad-pack.yaml:7:10: routine: unknown routine 'beginer' (did you mean 'beginner'?)")
                .contains("bad-pack.yaml:8:8: start: 2026-12-02 is a Wednesday, not a Monday (weekly sheets run Monday to Sunday: "
                        + "use 2026-11-30 (the Monday before) or 2026-12-07 (the Monday after))")
                .contains("2 problems in 1 file; nothing was written.")
                .doesNotContain("\tat org.").doesNotContain("Jane");
        assertThat(out).doesNotExist();
    }

    static void assertNoPersonalDataInMetadata(PDDocument pdf, String... personal) throws IOException {
        var info = pdf.getDocumentInformation();
        List<String> fields = new ArrayList<>();
        for (String key : info.getMetadataKeys()) fields.add(key + "=" + info.getCustomMetadataValue(key));
        fields.add(String.valueOf(info.getTitle()));
        fields.add(String.valueOf(info.getSubject()));
        fields.add(String.valueOf(info.getKeywords()));
        fields.add(String.valueOf(info.getAuthor()));
        if (pdf.getDocumentCatalog().getMetadata() != null) {
            fields.add(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String word : personal) {
            assertThat(String.join("\n", fields)).as("metadata").doesNotContain(word);
        }
    }

    static Map<String, Integer> outline(PDDocument pdf) throws IOException {
        Map<String, Integer> items = new LinkedHashMap<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            PDPageDestination dest = (PDPageDestination) item.getDestination();
            items.put(item.getTitle(), pdf.getPages().indexOf(dest.getPage()));
        }
        return items;
    }

    private static int images(PDPage page) throws IOException {
        int n = 0;
        PDResources resources = page.getResources();
        for (var name : resources.getXObjectNames()) if (resources.isImageXObject(name)) n++;
        return n;
    }

    private static boolean landscape(PDPage page) {
        return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }

    static Cli.Run pack(Path out, Path file) {
        Path r = Cli.REPO;
        return Cli.run("pack", "--content", r.resolve("content").toString(), "--templates", r.resolve("templates").toString(),
                "--fonts", r.resolve("fonts").toString(), "--out", out.toString(), file.toString());
    }

    static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
