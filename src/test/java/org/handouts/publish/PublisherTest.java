package org.handouts.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handouts.content.PictureFiles;
import org.handouts.model.InvalidContentException;
import org.handouts.model.PaperSize;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** The publisher on a copy of the minimal fixture project, with its own copy of the templates. */
class PublisherTest {
    static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;
    Path content;
    Path templates;
    Path out;

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @BeforeEach
    void copyProject() throws IOException {
        copyTree(REPO.resolve("src/test/resources/projects/minimal"), tmp);
        content = tmp.resolve("content");
        templates = tmp.resolve("templates");
        copyTree(REPO.resolve("templates"), templates);
        out = tmp.resolve("out");
    }

    BuildSettings settings() {
        return new BuildSettings(content, templates, REPO.resolve("fonts"), out, tmp, List.of(PaperSize.A4), List.of(),
                List.of(), Optional.empty(), 2, false, Shard.ALL, false);
    }

    BuildReport build(BuildSettings s) {
        return new Publisher(s, BuildListener.NONE).build();
    }

    static Map<String, BuildReport.State> states(BuildReport report) {
        return report.outputs().stream().collect(Collectors.toMap(BuildReport.Output::path, BuildReport.Output::state,
                (a, b) -> a, TreeMap::new));
    }

    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(folder)) return files;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    void addRoutine(String id, String title, String... exercises) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                title: %s
                topic: lower back pain
                level: standard
                for_whom: Anyone.
                how_often: daily
                stop_if: stop
                warm_up: warm-up
                cool_down: cool-down
                moving_up:
                  - It feels easy.
                exercises:
                """.formatted(title));
        for (String e : exercises) yaml.append("  - exercise: ").append(e).append('\n');
        Files.writeString(content.resolve("routines/" + id + ".yaml"), yaml);
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void manifestRecordsEveryOutputsHashPagesAndSize() throws IOException {
        BuildReport report = build(settings());
        Manifest manifest = Manifest.read(out);
        assertThat(manifest.byPath().keySet()).containsExactly("clinic/gentle-handout.pdf", "clinic/gentle-tracker.pdf",
                "clinic/gentle.html", "clinic/index.html");
        for (Manifest.Entry e : manifest.outputs()) {
            byte[] bytes = Files.readAllBytes(out.resolve(e.path()));
            assertThat(e.sha256()).isEqualTo(Hashes.of(bytes));
            assertThat(e.bytes()).isEqualTo(bytes.length);
            if (e.path().endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    assertThat(e.pages()).isEqualTo(doc.getNumberOfPages());
                }
            } else {
                assertThat(e.pages()).as("a web page has no pages").isZero();
            }
            assertThat(e.inputs()).matches("[0-9a-f]{64}");
        }
        assertThat(report.count(BuildReport.State.BUILT)).isEqualTo(4);
        assertThat(report.outputFolder()).isEqualTo(out.toAbsolutePath().normalize());
    }

    @Test
    void aFailedDocumentLeavesTheOutputFolderAsItWas() throws IOException {
        build(settings());
        Map<String, byte[]> before = files(out);
        // The handout still renders; the tracker's template is broken. Neither may be written.
        edit(content.resolve("exercises/knee-rolls.yaml"), "Helps your back move.", "Helps your back move a lot.");
        Files.writeString(templates.resolve("tracker.xhtml"),
                Files.readString(templates.resolve("tracker.xhtml")).replaceFirst("th:text=\"\\$\\{", "th:text=\"\\${("));

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> build(settings()));

        assertThat(e).isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).endsWith("tracker.xhtml"));
        assertThat(files(out)).containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    @Test
    void rebuildsOnlyTheOutputsWhoseContentChanged() throws IOException {
        addRoutine("second", "Second routine", "knee-rolls");
        assertThat(states(build(settings()))).containsOnlyKeys("clinic/gentle-handout.pdf", "clinic/gentle-tracker.pdf",
                "clinic/second-handout.pdf", "clinic/second-tracker.pdf", "clinic/gentle.html", "clinic/second.html",
                "clinic/index.html").containsValues(BuildReport.State.BUILT);

        edit(content.resolve("exercises/bridge.yaml"), "Lower them slowly.", "Lower them very slowly.");
        Map<String, BuildReport.State> after = states(build(settings()));

        assertThat(after).containsEntry("clinic/gentle-handout.pdf", BuildReport.State.BUILT)
                .containsEntry("clinic/gentle-tracker.pdf", BuildReport.State.BUILT)
                .containsEntry("clinic/second-handout.pdf", BuildReport.State.SKIPPED)
                .containsEntry("clinic/second-tracker.pdf", BuildReport.State.SKIPPED)
                .containsEntry("clinic/gentle.html", BuildReport.State.BUILT)
                .containsEntry("clinic/second.html", BuildReport.State.SKIPPED)
                // The index shows routines' titles and facts, not their exercises.
                .containsEntry("clinic/index.html", BuildReport.State.SKIPPED);
    }

    @Test
    void changingASharedSourceOrTheBrandRebuildsEverything() throws IOException {
        build(settings());
        edit(content.resolve("sources/nhs.yaml"), "Back pain exercises", "Back pain exercises (2)");
        Map<String, BuildReport.State> afterSource = states(build(settings()));
        // The index shows no sources; everything else cites this one.
        assertThat(afterSource.remove("clinic/index.html")).isEqualTo(BuildReport.State.SKIPPED);
        assertThat(afterSource.values()).containsOnly(BuildReport.State.BUILT).hasSize(3);
        edit(content.resolve("brands/clinic.yaml"), "01632 960001", "01632 960002");
        assertThat(states(build(settings())).values()).containsOnly(BuildReport.State.BUILT).hasSize(4);
        assertThat(states(build(settings())).values()).containsOnly(BuildReport.State.SKIPPED).hasSize(4);
    }

    @Test
    void changingAClinicsPictureRebuildsTheHandoutAndPageThatShowIt() throws IOException {
        addRoutine("second", "Second routine", "bridge");
        PictureFiles.png(content.resolve("exercises/start.png"), 300, 200);
        PictureFiles.pdf(content.resolve("exercises/end.pdf"), 300, 200, 1);
        Files.writeString(content.resolve("exercises/knee-rolls.yaml"), """
                pictures:
                  start: {file: start.png, alt: Lying on the back.}
                  end: {file: end.pdf, alt: Knees to one side.}
                """, java.nio.file.StandardOpenOption.APPEND);
        build(settings());

        PictureFiles.pdf(content.resolve("exercises/end.pdf"), 300, 150, 1);
        Map<String, BuildReport.State> after = states(build(settings()));

        assertThat(after).containsEntry("clinic/gentle-handout.pdf", BuildReport.State.BUILT)
                .containsEntry("clinic/gentle.html", BuildReport.State.BUILT)
                .containsEntry("clinic/second-handout.pdf", BuildReport.State.SKIPPED)
                .containsEntry("clinic/second.html", BuildReport.State.SKIPPED);
        assertThat(states(build(settings())).values()).containsOnly(BuildReport.State.SKIPPED);
    }

    @Test
    void changingATemplateRebuildsEverything() throws IOException {
        build(settings());
        Files.writeString(templates.resolve("base.css"), "\n/* changed */\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(states(build(settings())).values()).containsOnly(BuildReport.State.BUILT).hasSize(4);
    }

    @Test
    void renamingTheNextRoutineRebuildsTheHandoutThatNamesIt() throws IOException {
        addRoutine("second", "Second routine", "knee-rolls");
        Files.writeString(content.resolve("routines/gentle.yaml"), "next: second\n", java.nio.file.StandardOpenOption.APPEND);
        build(settings());
        edit(content.resolve("routines/second.yaml"), "title: Second routine", "title: The second routine");
        assertThat(states(build(settings()))).containsEntry("clinic/gentle-handout.pdf", BuildReport.State.BUILT);
        try (PDDocument doc = Loader.loadPDF(out.resolve("clinic/gentle-handout.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("The second routine");
        }
    }

    @Test
    void removesTheOutputsOfADeletedRoutine() throws IOException {
        addRoutine("second", "Second routine", "knee-rolls");
        build(settings());
        assertThat(out.resolve("clinic/second-handout.pdf")).exists();
        Files.delete(content.resolve("routines/second.yaml"));

        BuildReport report = build(settings());

        assertThat(report.removed()).containsExactlyInAnyOrder("clinic/second-handout.pdf", "clinic/second-tracker.pdf",
                "clinic/second.html");
        assertThat(out.resolve("clinic/second-handout.pdf")).doesNotExist();
        assertThat(out.resolve("clinic/second-tracker.pdf")).doesNotExist();
        assertThat(out.resolve("clinic/second.html")).doesNotExist();
        assertThat(out.resolve("clinic/gentle-handout.pdf")).exists();
        assertThat(states(report)).containsEntry("clinic/index.html", BuildReport.State.BUILT);
        assertThat(Files.readString(out.resolve("clinic/index.html"))).doesNotContain("second.html", "Second routine");
        assertThat(Manifest.read(out).byPath().keySet()).containsExactly("clinic/gentle-handout.pdf", "clinic/gentle-tracker.pdf",
                "clinic/gentle.html", "clinic/index.html");
    }

    @Test
    void aBuildOfOneRoutineRemovesNothingElse() throws IOException {
        addRoutine("second", "Second routine", "knee-rolls");
        build(settings());
        BuildSettings s = settings();
        BuildReport report = build(new BuildSettings(s.content(), s.templates(), s.fonts(), s.output(), s.displayBase(),
                s.papers(), List.of(), List.of("second"), s.date(), 1, true, Shard.ALL, false));
        assertThat(states(report)).containsOnlyKeys("clinic/second-handout.pdf", "clinic/second-tracker.pdf",
                "clinic/second.html", "clinic/index.html");
        assertThat(report.removed()).isEmpty();
        assertThat(Manifest.read(out).byPath()).hasSize(7);
        assertThat(out.resolve("clinic/gentle-handout.pdf")).exists();
    }

    @Test
    void aDeletedOrAlteredOutputIsRebuilt() throws IOException {
        build(settings());
        byte[] tracker = Files.readAllBytes(out.resolve("clinic/gentle-tracker.pdf"));
        Files.delete(out.resolve("clinic/gentle-handout.pdf"));
        tracker[tracker.length / 2] ^= 1;
        Files.write(out.resolve("clinic/gentle-tracker.pdf"), tracker);

        assertThat(states(build(settings()))).containsEntry("clinic/gentle-handout.pdf", BuildReport.State.BUILT)
                .containsEntry("clinic/gentle-tracker.pdf", BuildReport.State.BUILT);
        assertThat(Hashes.of(Files.readAllBytes(out.resolve("clinic/gentle-tracker.pdf"))))
                .isEqualTo(Manifest.read(out).find("clinic/gentle-tracker.pdf").orElseThrow().sha256());
    }

    @Test
    void aDamagedManifestMeansAFullRebuild() throws IOException {
        build(settings());
        Files.writeString(out.resolve(Manifest.FILE), "{ not json");
        assertThat(Manifest.read(out).outputs()).isEmpty();
        assertThat(states(build(settings())).values()).containsOnly(BuildReport.State.BUILT);
        assertThat(Manifest.read(out).outputs()).hasSize(4);
    }

    @Test
    void letterPaperGetsASuffixAndLetterSizedPages() throws IOException {
        BuildSettings s = settings();
        build(new BuildSettings(s.content(), s.templates(), s.fonts(), s.output(), s.displayBase(),
                List.of(PaperSize.A4, PaperSize.LETTER), List.of(), List.of(), s.date(), 2, false, Shard.ALL, false));
        assertThat(files(out).keySet()).contains("clinic/gentle-handout-letter.pdf", "clinic/gentle-tracker-letter.pdf",
                "clinic/gentle-handout.pdf", "clinic/gentle-tracker.pdf");
        try (PDDocument handout = Loader.loadPDF(out.resolve("clinic/gentle-handout-letter.pdf").toFile());
             PDDocument tracker = Loader.loadPDF(out.resolve("clinic/gentle-tracker-letter.pdf").toFile())) {
            assertThat(handout.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, within(1f));
            assertThat(handout.getPage(0).getMediaBox().getHeight()).isCloseTo(792f, within(1f));
            assertThat(tracker.getPage(0).getMediaBox().getWidth()).isCloseTo(792f, within(1f));
            assertThat(tracker.getPage(0).getMediaBox().getHeight()).isCloseTo(612f, within(1f));
            assertThat(tracker.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aBuildDateIsWrittenIntoEveryPdf() throws IOException {
        build(settings().withDate(Publisher.dateOf(java.time.LocalDate.of(2026, 1, 1))));
        try (PDDocument doc = Loader.loadPDF(out.resolve("clinic/gentle-handout.pdf").toFile())) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        }
        // A different date is a different input: everything is rebuilt.
        BuildReport again = build(settings().withDate(Publisher.dateOf(java.time.LocalDate.of(2026, 2, 1))));
        assertThat(states(again).values()).containsOnly(BuildReport.State.BUILT);
    }

    @Test
    void emitXhtmlWritesTheXhtmlBesideEachPdf() throws IOException {
        BuildSettings s = settings();
        build(new BuildSettings(s.content(), s.templates(), s.fonts(), s.output(), s.displayBase(), s.papers(),
                List.of(), List.of(), s.date(), 2, false, Shard.ALL, true));
        assertThat(out.resolve("clinic/gentle-handout.xhtml")).content().contains("Knee rolls").contains("Hillside Physio");
        assertThat(out.resolve("clinic/gentle-tracker.xhtml")).exists();
    }

    @Test
    void leftoverPartialFilesFromAKilledBuildAreRemoved() throws IOException {
        Files.createDirectories(out.resolve("clinic"));
        Path leftover = Files.writeString(out.resolve("clinic/.gentle-handout.pdf-123.partial"), "half");
        build(settings());
        assertThat(leftover).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderInsideOrAroundTheInputs() {
        for (Path bad : List.of(content.resolve("out"), templates.resolve("out"), tmp)) {
            InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                    () -> build(settings().withOutput(bad)));
            assertThat(e).as(bad.toString()).isNotNull();
            assertThat(e.problems().get(0).field()).isEqualTo("--out");
        }
        assertThat(content.resolve("out")).doesNotExist();
    }

    @Test
    void refusesUnknownBrandsAndRoutinesWithSuggestions() {
        BuildSettings s = settings();
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> build(new BuildSettings(
                s.content(), s.templates(), s.fonts(), s.output(), s.displayBase(), s.papers(), List.of("clinik"),
                List.of("gentel"), s.date(), 1, false, Shard.ALL, false)));
        assertThat(e.problems()).extracting(org.handouts.model.Problem::message)
                .containsExactlyInAnyOrder("unknown brand 'clinik'", "unknown routine 'gentel'");
        assertThat(out).doesNotExist();
    }

    @Test
    void checkWritesNothing() {
        assertThat(new Publisher(settings(), BuildListener.NONE).check().routines()).containsOnlyKeys("gentle");
        assertThat(out).doesNotExist();
    }

    @Test
    void listenerHearsThePlanAndEachRender() {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        new Publisher(settings(), new BuildListener() {
            @Override
            public void planned(int outputs) {
                heard.add("planned " + outputs);
            }

            @Override
            public void rendered(String path) {
                heard.add(path);
            }
        }).build();
        assertThat(heard.get(0)).isEqualTo("planned 4");
        assertThat(heard.subList(1, heard.size())).containsExactlyInAnyOrder("clinic/gentle-handout.pdf", "clinic/gentle-tracker.pdf",
                "clinic/gentle.html", "clinic/index.html");
    }

    @Test
    void aBuildOnOtherPaperKeepsTheOutputsOfTheFirstPaper() throws IOException {
        build(settings());
        BuildSettings s = settings();
        BuildReport letter = build(new BuildSettings(s.content(), s.templates(), s.fonts(), s.output(), s.displayBase(),
                List.of(PaperSize.LETTER), List.of(), List.of(), s.date(), 2, false, Shard.ALL, false));
        // The routine and brand still exist, so their A4 outputs are not "removed".
        assertThat(letter.removed()).isEmpty();
        assertThat(out.resolve("clinic/gentle-handout.pdf")).exists();
        assertThat(out.resolve("clinic/gentle-handout-letter.pdf")).exists();
        assertThat(Manifest.read(out).byPath()).containsKeys("clinic/gentle-handout.pdf", "clinic/gentle-handout-letter.pdf");
    }

    @Test
    void askingForXhtmlAfterAnUpToDateBuildWritesIt() throws IOException {
        build(settings());
        BuildSettings s = settings();
        build(new BuildSettings(s.content(), s.templates(), s.fonts(), s.output(), s.displayBase(), s.papers(),
                List.of(), List.of(), s.date(), 2, false, Shard.ALL, true));
        assertThat(out.resolve("clinic/gentle-handout.xhtml")).exists();
        assertThat(out.resolve("clinic/gentle-tracker.xhtml")).exists();
    }

    @Test
    void refusesAnOutputFolderThatIsALinkIntoTheInputs() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("out-link"), content);
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> build(settings().withOutput(link)));
        assertThat(e).as("building into a link to content/").isNotNull();
        assertThat(content.resolve("clinic")).doesNotExist();
        assertThat(content.resolve(Manifest.FILE)).doesNotExist();
    }
}
