package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.handouts.content.ContentLoader;
import org.handouts.model.Library;
import org.handouts.model.Routine;
import org.handouts.model.RoutineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large print, measured on the built PDFs of the shipped content on A4 and letter: every
 * character at 18 pt or more, tick boxes at least 12 mm, one exercise a page, the tracker on at
 * most two landscape pages with its header on each.
 */
class LargePrintPdfTest {
    private static final String MORE = "More exercises, your pain score and notes are on the next page.";
    @TempDir
    static Path tmp;
    static Path out;
    static Library library;

    @BeforeAll
    static void build() {
        out = tmp.resolve("out");
        Cli.Run run = Cli.buildShipped(out, "--variant", "standard,large", "--paper", "a4,letter");
        assertThat(run.exit()).as(run.toString()).isZero();
        library = new ContentLoader(Cli.REPO.resolve("content"), Cli.REPO, cp -> true, new org.handouts.pdf.PdfInspector()).load();
    }

    private static List<Path> large(String kind) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("riverside"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().matches(".*-" + kind + "-large(-letter)?\\.pdf")).sorted().toList();
            assertThat(found).hasSize(2 * library.routines().size());
            return found;
        }
    }

    private static Routine routineOf(Path pdf) {
        String name = pdf.getFileName().toString();
        return library.requireRoutine(name.substring(0, name.indexOf("-handout") > 0 ? name.indexOf("-handout") : name.indexOf("-tracker")));
    }

    @Test
    void everyCharacterOfEveryLargePrintDocumentIsAtLeast18Points() throws IOException {
        List<Path> all = new ArrayList<>(large("handout"));
        all.addAll(large("tracker"));
        for (Path pdf : all) {
            try (PDDocument doc = Pdfs.open(pdf)) {
                List<Pdfs.Sized> glyphs = Pdfs.sizedGlyphs(doc);
                assertThat(glyphs).as(pdf.getFileName().toString()).hasSizeGreaterThan(500);
                assertThat(glyphs).as(pdf.getFileName() + ": text under 18 pt")
                        .allSatisfy(g -> assertThat(g.sizePt()).as("'%s' on page %d", g.text(), g.page()).isGreaterThanOrEqualTo(18f));
            }
        }
        // The oracle can fail: the standard print's footer and sources are smaller.
        try (PDDocument doc = Pdfs.open(out.resolve("riverside/beginner-handout.pdf"))) {
            assertThat(Pdfs.sizedGlyphs(doc)).anySatisfy(g -> assertThat(g.sizePt()).isLessThan(18f));
        }
    }

    /** Tick boxes: squares filled white (under their black rules), as Flying Saucer paints them. */
    private static List<Pdfs.Drawn> tickBoxes(PDDocument doc) throws IOException {
        return Pdfs.rectangles(doc).stream().filter(r -> r.fill() == 0xFFFFFF && r.widthMm() > 4 && r.widthMm() < 30
                && Math.abs(r.widthMm() - r.heightMm()) < 0.2f).toList();
    }

    @Test
    void trackerTickBoxesAreAtLeast12MillimetresAndAsManyAsInStandardPrint() throws IOException {
        for (Path pdf : large("tracker")) {
            Routine routine = routineOf(pdf);
            int perDay = routine.items().stream().mapToInt(i -> perSide(i) ? 2 : 1).sum();
            Path standard = pdf.resolveSibling(pdf.getFileName().toString().replace("-large", ""));
            try (PDDocument doc = Pdfs.open(pdf); PDDocument plain = Pdfs.open(standard)) {
                List<Pdfs.Drawn> boxes = tickBoxes(doc);
                assertThat(boxes).as(pdf.getFileName().toString()).hasSize(7 * perDay)
                        .allSatisfy(b -> assertThat(Math.min(b.widthMm(), b.heightMm())).isGreaterThanOrEqualTo(12f));
                // The same measure finds the standard sheet's smaller boxes, one for one.
                assertThat(tickBoxes(plain)).hasSize(7 * perDay).allSatisfy(b -> assertThat(b.widthMm()).isLessThan(12f));
            }
        }
    }

    private static boolean perSide(RoutineItem item) {
        return library.requireExercise(item.exerciseId()).dose().with(item.dose()).perSide();
    }

    @Test
    void trackerTakesAtMostTwoLandscapePagesEachWithTheDaysAndTheTitle() throws IOException {
        int sayingMore = 0;
        for (Path pdf : large("tracker")) {
            Routine routine = routineOf(pdf);
            try (PDDocument doc = Pdfs.open(pdf)) {
                assertThat(doc.getNumberOfPages()).as(pdf.getFileName().toString()).isBetween(1, 2);
                List<String> pages = Pdfs.pageTexts(doc);
                for (int i = 0; i < pages.size(); i++) {
                    PDRectangle box = doc.getPage(i).getMediaBox();
                    assertThat(box.getWidth()).isGreaterThan(box.getHeight());
                    assertThat(Pdfs.normalise(pages.get(i))).as(pdf.getFileName() + " page " + (i + 1))
                            .contains(routine.title(), "Exercise and how much Mon Tue Wed Thu Fri Sat Sun", "Name:");
                    // A page before the last says where the rest is when that fits without adding a
                    // page; the last has the key instead.
                    boolean last = i == pages.size() - 1;
                    if (Pdfs.normalise(pages.get(i)).contains(MORE)) {
                        assertThat(last).as(pdf.getFileName() + " page " + (i + 1)).isFalse();
                        sayingMore++;
                    }
                }
                String text = Pdfs.normalise(String.join(" ", pages));
                // Every exercise once, in order; the pain and notes rows and the key after the last.
                int at = 0;
                for (RoutineItem item : routine.items()) {
                    at = text.indexOf(library.requireExercise(item.exerciseId()).name(), at);
                    assertThat(at).as(item.exerciseId()).isPositive();
                }
                assertThat(text.indexOf("Pain today", at)).isPositive();
                assertThat(Pdfs.normalise(pages.getFirst())).contains("Large print");
            }
        }
        assertThat(sayingMore).as("two-page trackers that say more follows").isPositive();
    }

    @Test
    void eachExerciseStartsItsOwnPage() throws IOException {
        for (Path pdf : large("handout")) {
            Routine routine = routineOf(pdf);
            try (PDDocument doc = Pdfs.open(pdf)) {
                // A card's name is its heading: the largest text on its page but the title's.
                List<Pdfs.Sized> headings = Pdfs.sizedGlyphs(doc).stream().filter(g -> g.sizePt() >= 25f && g.sizePt() < 30f).toList();
                List<Integer> pages = new ArrayList<>();
                for (RoutineItem item : routine.items()) {
                    String name = library.requireExercise(item.exerciseId()).name().replace(" ", "");
                    int page = pageSpelling(headings, name);
                    assertThat(page).as(pdf.getFileName() + ": " + name).isPositive();
                    pages.add(page);
                }
                assertThat(pages).as(pdf.getFileName().toString()).doesNotHaveDuplicates().isSorted();
                assertThat(Pdfs.normalise(Pdfs.pageTexts(doc).getFirst())).contains("Large print");
            }
        }
    }

    @Test
    void takeCareIsNeverAPageApartFromItsExercise() throws IOException {
        for (Path pdf : large("handout")) {
            try (PDDocument doc = Pdfs.open(pdf)) {
                List<String> pages = Pdfs.pageTexts(doc);
                int cautions = 0;
                for (int i = 0; i < pages.size(); i++) {
                    String page = pages.get(i);
                    if (!page.contains("Take care:")) continue;
                    cautions++;
                    // On the page of the card's steps, or heading the next one under the card's name.
                    assertThat(page.contains("Steps:") || page.contains("(continued)"))
                            .as(pdf.getFileName() + " page " + (i + 1) + ":\n" + page).isTrue();
                }
                Routine routine = routineOf(pdf);
                long withCautions = routine.items().stream()
                        .filter(item -> !library.requireExercise(item.exerciseId()).cautions().isEmpty()).count();
                assertThat(cautions).as(pdf.getFileName().toString()).isEqualTo((int) withCautions);
            }
        }
    }

    @Test
    void aLargePrintPackIsLargeThroughoutItsCoverPageNumbersAndBlankBacks() throws IOException {
        Path file = tmp.resolve("rc-0042.yaml");
        // The documented example (duplex, with a link), in large print.
        Files.writeString(file, Files.readString(Cli.REPO.resolve("docs/examples/rc-0042.yaml")) + "variant: large\n");
        Cli.Run run = Cli.run("pack", "--content", Cli.REPO.resolve("content").toString(), "--templates",
                Cli.REPO.resolve("templates").toString(), "--fonts", Cli.REPO.resolve("fonts").toString(),
                "--out", out.toString(), file.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(out.resolve("packs/rc-0042.pdf"))) {
            assertThat(Pdfs.sizedGlyphs(doc)).allSatisfy(g -> assertThat(g.sizePt()).as("'%s' on page %d", g.text(), g.page())
                    .isGreaterThanOrEqualTo(18f));
            List<String> pages = Pdfs.pageTexts(doc);
            assertThat(Pdfs.normalise(pages.getFirst())).contains("Large print", "Your exercise programme");
            assertThat(Pdfs.normalise(String.join(" ", pages))).contains("This page is left blank on purpose.",
                    "Page " + pages.size() + " of " + pages.size());
        }
    }

    /** The page on which the heading glyphs spell {@code name} (spaces left out), or -1. */
    private static int pageSpelling(List<Pdfs.Sized> headings, String name) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < headings.size(); i++) {
            run.setLength(0);
            for (int j = i; j < headings.size() && headings.get(j).page() == headings.get(i).page() && run.length() < name.length(); j++) {
                run.append(headings.get(j).text());
            }
            if (run.toString().equals(name)) return headings.get(i).page();
        }
        return -1;
    }
}
