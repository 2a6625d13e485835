package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.handouts.content.ContentLoader;
import org.handouts.model.Exercise;
import org.handouts.model.Library;
import org.handouts.model.Routine;
import org.handouts.model.RoutineItem;
import org.handouts.render.DoseWording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Builds the shipped project once and reads the PDFs back with PDFBox. */
class ShippedContentBuildTest {
    static final List<String> KINDS = List.of("handout", "tracker");
    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    @TempDir
    static Path out;
    static Cli.Run build;
    static Map<String, byte[]> built;
    static Map<String, byte[]> web;

    static Library library() {
        return Holder.LIBRARY;
    }

    private static final class Holder {
        static final Library LIBRARY = new ContentLoader(Cli.REPO.resolve("content"), Cli.REPO, cp -> true, new org.handouts.pdf.PdfInspector()).load();
    }

    static List<String> routineIds() {
        return List.copyOf(library().routines().keySet());
    }

    @BeforeAll
    static void buildOnce() throws IOException {
        build = Cli.buildShipped(out);
        built = Pdfs.pdfs(out);
        web = webPages(out);
    }

    static Map<String, byte[]> webPages(Path folder) throws IOException {
        Map<String, byte[]> all = Pdfs.files(folder);
        all.keySet().removeIf(k -> !k.endsWith(".html"));
        return all;
    }

    static Path pdf(String routine, String kind) {
        return out.resolve("riverside").resolve(routine + "-" + kind + ".pdf");
    }

    static List<String> expectedPaths() {
        List<String> paths = new ArrayList<>();
        for (String r : routineIds()) for (String k : KINDS) paths.add("riverside/" + r + "-" + k + ".pdf");
        return paths;
    }

    @Test
    void buildSucceedsWithoutComplaint() {
        assertThat(build.exit()).as(build.toString()).isZero();
        assertThat(build.err()).isEmpty();
    }

    @Test
    void writesAHandoutAndATrackerForEachRoutine() {
        assertThat(routineIds()).containsExactlyInAnyOrder("beginner", "standard", "strengthening");
        assertThat(built.keySet()).containsExactlyInAnyOrderElementsOf(expectedPaths()).hasSize(6);
        assertThat(out.resolve("manifest.json")).isRegularFile();
    }

    @Test
    void writesAWebPageForEachRoutineAndAnIndexForTheBrand() {
        List<String> expected = new ArrayList<>(routineIds().stream().map(r -> "riverside/" + r + ".html").toList());
        expected.add("riverside/index.html");
        assertThat(web.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(org.handouts.publish.Manifest.read(out).byPath()).containsKeys(expected.toArray(String[]::new));
    }

    @Test
    void printsOneLinePerFileWithItsPagesAndASummary() throws IOException {
        List<String> lines = build.outLines();
        assertThat(lines).hasSize(11);
        Pattern line = Pattern.compile("built +(.+)/(riverside/[a-z-]+\\.pdf) +(\\d+) (page|pages) +\\d+ (B|KB)");
        List<String> seen = new ArrayList<>();
        for (String l : lines.subList(0, 6)) {
            Matcher m = line.matcher(l);
            assertThat(m.matches()).as("line '%s'", l).isTrue();
            assertThat(Path.of(m.group(1)).toAbsolutePath()).isEqualTo(out.toAbsolutePath());
            try (PDDocument doc = Pdfs.open(out.resolve(m.group(2)))) {
                assertThat(Integer.parseInt(m.group(3))).as("pages of " + m.group(2)).isEqualTo(doc.getNumberOfPages());
                assertThat(m.group(4)).isEqualTo(doc.getNumberOfPages() == 1 ? "page" : "pages");
            }
            seen.add(m.group(2));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expectedPaths());
        Pattern page = Pattern.compile("built +(.+)/(riverside/[a-z-]+\\.html) +web page +\\d+ (B|KB)");
        assertThat(lines.subList(6, 10)).allSatisfy(l -> assertThat(l).matches(page));
        assertThat(lines.get(10)).matches("10 built, 0 skipped, 0 removed, 0 failed in \\d+\\.\\d s");
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void handoutPagesAreA4Portrait(String routine) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf(routine, "handout"))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(page.getRotation()).isZero();
                assertThat(box.getWidth()).isCloseTo(595f, within(1f));
                assertThat(box.getHeight()).isCloseTo(842f, within(1f));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void trackerIsOneA4LandscapePage(String routine) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf(routine, "tracker"))) {
            PDPage page = doc.getPage(0);
            assertThat(page.getRotation()).isZero();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, within(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, within(1f));
            assertThat(doc.getNumberOfPages()).as("pages of the %s tracker", routine).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void handoutShowsEveryExerciseInRoutineOrderEachWithItsDose(String routineId) throws IOException {
        Routine routine = library().requireRoutine(routineId);
        String text;
        try (PDDocument doc = Pdfs.open(pdf(routineId, "handout"))) {
            text = Pdfs.text(doc);
        }
        int from = text.indexOf("The exercises");
        assertThat(from).as("'The exercises' heading").isNotNegative();
        int coolDown = text.indexOf(library().requireAdvice(routine.coolDown()).title(), from);
        assertThat(coolDown).as("cool-down heading after the exercises").isGreaterThan(from);

        // Find each card by "<number> <name>", in order; each card's dose sentences lie before the next card.
        List<Integer> starts = new ArrayList<>();
        int at = from;
        for (int i = 0; i < routine.items().size(); i++) {
            Exercise e = library().requireExercise(routine.items().get(i).exerciseId());
            Matcher m = Pattern.compile("\\b" + (i + 1) + " ?" + Pattern.quote(e.name())).matcher(text);
            assertThat(m.find(at)).as("card %d '%s' after position %d", i + 1, e.name(), at).isTrue();
            starts.add(m.start());
            at = m.end();
        }
        starts.add(coolDown);
        assertThat(starts).isSorted();
        for (int i = 0; i < routine.items().size(); i++) {
            RoutineItem item = routine.items().get(i);
            Exercise e = library().requireExercise(item.exerciseId());
            String card = text.substring(starts.get(i), starts.get(i + 1));
            for (String sentence : DoseWording.sentences(org.handouts.languages.Bundles.english(), e.dose().with(item.dose()))) {
                assertThat(card).as("card of %s", e.name()).contains(sentence);
            }
        }
    }

    /** Handout pages on A4 before exercise pictures were added (commit 987deee). */
    static final Map<String, Integer> PAGES_BEFORE_PICTURES = Map.of("beginner", 5, "standard", 5, "strengthening", 4);

    @ParameterizedTest
    @MethodSource("routineIds")
    void picturesCostAtMostOnePage(String routine) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf(routine, "handout"))) {
            assertThat(doc.getNumberOfPages()).as("pages of the %s handout", routine)
                    .isLessThanOrEqualTo(PAGES_BEFORE_PICTURES.getOrDefault(routine, 99) + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void drawnFiguresAreVectorAndEveryPictureBoxHasInk(String routineId) throws IOException {
        Routine routine = library().requireRoutine(routineId);
        int stages = 0;
        for (RoutineItem item : routine.items()) {
            Exercise e = library().requireExercise(item.exerciseId());
            stages += (int) java.util.Arrays.stream(org.handouts.figures.Stage.values())
                    .filter(s -> e.findPicture(s).isPresent() || e.figure().flatMap(f -> f.find(s)).isPresent()).count();
        }
        try (PDDocument doc = Pdfs.open(pdf(routineId, "handout"))) {
            // The shipped content has no pictures of its own: the only raster image is the logo,
            // on every page and inside every form XObject those pages draw.
            assertThat(Pdfs.images(doc)).as("raster images").hasSize(1);
            List<Pdfs.PictureBox> boxes = Pdfs.pictureBoxes(doc);
            assertThat(boxes).as("captioned pictures").hasSize(stages);
            for (Pdfs.PictureBox box : boxes) {
                assertThat(Pdfs.ink(doc, box)).as("ink in %s", box).isGreaterThan(0.01);
            }
        }
    }

    @Test
    void routineDoseOverridesArePrinted() throws IOException {
        // beginner lowers bottom-to-heels-stretch to 5 repetitions; the exercise's own dose is 8-10.
        Routine beginner = library().requireRoutine("beginner");
        RoutineItem item = beginner.items().stream().filter(i -> i.exerciseId().equals("bottom-to-heels-stretch"))
                .findFirst().orElseThrow();
        assertThat(item.dose().reps()).isPresent();
        Exercise e = library().requireExercise(item.exerciseId());
        String own = DoseWording.sentences(org.handouts.languages.Bundles.english(), e.dose()).get(0);
        String overridden = DoseWording.sentences(org.handouts.languages.Bundles.english(), e.dose().with(item.dose())).get(0);
        assertThat(overridden).isNotEqualTo(own);
        try (PDDocument doc = Pdfs.open(pdf("beginner", "handout"))) {
            String text = Pdfs.text(doc);
            int card = text.indexOf(e.name(), text.indexOf("The exercises"));
            int next = text.indexOf(library().requireExercise(beginner.items().get(beginner.items().indexOf(item) + 1)
                    .exerciseId()).name(), card);
            assertThat(text.substring(card, next)).contains(overridden).doesNotContain(own);
        }
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void handoutNumbersEveryPageOutOfTheTotal(String routine) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf(routine, "handout"))) {
            List<String> pages = Pdfs.pageTexts(doc);
            int n = pages.size();
            for (int i = 0; i < n; i++) assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + n);
        }
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void handoutNamesItsBrandStopAdviceAndSources(String routineId) throws IOException {
        Routine routine = library().requireRoutine(routineId);
        try (PDDocument doc = Pdfs.open(pdf(routineId, "handout"))) {
            String text = Pdfs.text(doc);
            assertThat(text).contains("Riverside Back Care", routine.title(), routine.level().label(),
                    library().requireAdvice(routine.stopIf()).title(), "Sources");
            for (String point : library().requireAdvice(routine.stopIf()).points()) assertThat(text).contains(point);
            for (String source : List.of("NHS website")) assertThat(text).contains(source);
            for (String a : routine.advice()) assertThat(text).contains(library().requireAdvice(a).title());
        }
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void trackerHasTheWeekEveryExerciseWithItsTargetAndAPainRow(String routineId) throws IOException {
        Routine routine = library().requireRoutine(routineId);
        try (PDDocument doc = Pdfs.open(pdf(routineId, "tracker"))) {
            String text = Pdfs.text(doc);
            int at = 0;
            for (String day : DAYS) {
                int i = text.indexOf(day, at);
                assertThat(i).as("%s after position %d", day, at).isGreaterThanOrEqualTo(at);
                at = i + day.length();
            }
            at = 0;
            for (int i = 0; i < routine.items().size(); i++) {
                RoutineItem item = routine.items().get(i);
                Exercise e = library().requireExercise(item.exerciseId());
                String row = (i + 1) + ". " + e.name();
                int found = text.indexOf(row, at);
                assertThat(found).as("row '%s' in order", row).isGreaterThanOrEqualTo(at);
                at = found + row.length();
                assertThat(text).contains(DoseWording.compact(org.handouts.languages.Bundles.english(), e.dose().with(item.dose())));
            }
            assertThat(text).contains("Pain");
        }
    }

    @Test
    void everyFontIsEmbeddedIncludingTheFootersAndNoneIsAStandardFont() throws IOException {
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            try (PDDocument doc = Pdfs.open(out.resolve(file.getKey()))) {
                var inResources = Pdfs.fontsInResources(doc);
                var drawn = Pdfs.fontsDrawn(doc);
                assertThat(inResources).as(file.getKey()).isNotEmpty();
                inResources.forEach((name, font) -> {
                    assertThat(font.isEmbedded()).as("%s: font %s embedded", file.getKey(), name).isTrue();
                    assertThat(name).as(file.getKey()).contains("AtkinsonHyperlegible");
                });
                drawn.forEach((name, use) -> assertThat(use.font().isEmbedded())
                        .as("%s: font %s drawing '%s' embedded", file.getKey(), name, use.text()).isTrue());
                // The footer is the text in the bottom 20 mm of each page.
                var footer = Pdfs.glyphs(doc).stream().filter(g -> g.fromBottom() < 57f).toList();
                assertThat(footer).as("%s: footer glyphs", file.getKey()).isNotEmpty();
                assertThat(Pdfs.normalise(footer.stream().map(Pdfs.Glyph::text).reduce("", String::concat)))
                        .contains("Riverside Back Care");
                assertThat(footer).allSatisfy(g -> assertThat(g.font().isEmbedded())
                        .as("%s: footer font %s", file.getKey(), g.font().getName()).isTrue());
            }
        }
    }

    @Test
    void handoutUsesRegularAndBoldFaces() throws IOException {
        try (PDDocument doc = Pdfs.open(pdf("standard", "handout"))) {
            assertThat(Pdfs.fontsDrawn(doc).keySet()).anyMatch(n -> n.endsWith("-Bold")).anyMatch(n -> n.endsWith("-Regular"));
        }
    }

    @ParameterizedTest
    @MethodSource("routineIds")
    void metadataNamesRoutineLevelKindBrandAndLanguage(String routineId) throws IOException {
        Routine routine = library().requireRoutine(routineId);
        String prefix = routine.title() + " (" + routine.level().label() + "): ";
        String about = routine.title().toLowerCase(java.util.Locale.ROOT).contains(routine.topic()) ? "" : " for " + routine.topic();
        try (PDDocument handout = Pdfs.open(pdf(routineId, "handout"));
             PDDocument tracker = Pdfs.open(pdf(routineId, "tracker"))) {
            assertThat(handout.getDocumentInformation().getTitle()).isEqualTo(prefix + "Exercise handout" + about);
            assertThat(tracker.getDocumentInformation().getTitle()).isEqualTo(prefix + "Weekly tracking sheet" + about);
            for (PDDocument doc : List.of(handout, tracker)) {
                var info = doc.getDocumentInformation();
                assertThat(info.getAuthor()).isEqualTo(library().requireBrand("riverside").name());
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
                assertThat(info.getSubject()).contains(routine.level().key()).contains(" for " + routine.topic() + ": ");
                assertThat(info.getKeywords()).startsWith(routine.topic() + ", exercise, ");
                for (RoutineItem item : routine.items()) {
                    assertThat(info.getKeywords()).contains(library().requireExercise(item.exerciseId()).name());
                }
                assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            }
        }
    }

    @Test
    void secondBuildIntoTheSameFolderSkipsEverythingAndChangesNothing() throws IOException {
        Cli.Run again = Cli.buildShipped(out);
        assertThat(again.exit()).as(again.toString()).isZero();
        List<String> lines = again.outLines();
        assertThat(lines).hasSize(11);
        assertThat(lines.subList(0, 10)).allMatch(l -> l.startsWith("skipped "));
        assertThat(lines.get(10)).startsWith("0 built, 10 skipped, 0 removed, 0 failed");
        assertThat(Pdfs.pdfs(out)).containsOnlyKeys(built.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(built.get(path)));
        assertThat(webPages(out)).containsOnlyKeys(web.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(web.get(path)));
    }

    @Test
    void forceRebuildsEverythingToTheSameBytes() throws IOException {
        Cli.Run forced = Cli.buildShipped(out, "--force");
        assertThat(forced.exit()).as(forced.toString()).isZero();
        assertThat(forced.outLines().subList(0, 10)).allMatch(l -> l.startsWith("built "));
        assertThat(forced.outLines().get(10)).startsWith("10 built, 0 skipped, 0 removed, 0 failed");
        assertThat(Pdfs.pdfs(out)).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(built.get(path)));
        assertThat(webPages(out)).containsOnlyKeys(web.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(web.get(path)));
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        try (var walk = Files.walk(out)) {
            // The lock file stays (removing it would let two builds lock different files).
            assertThat(walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".partial") || n.startsWith(".") && !n.equals(".handouts.lock"));
        }
    }
}
