package org.handouts.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handouts.model.PaperSize;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The output folder stays trustworthy: whatever stops a build, the manifest never claims a file
 * that is not on disk with that hash and the next build repairs the rest; two builds take turns;
 * and a manifest, however tampered with, deletes nothing the build did not write.
 */
class OutputIntegrityTest {
    @TempDir
    Path tmp;
    Path content;
    Path templates;
    Path out;

    @BeforeEach
    void copyProject() throws IOException {
        PublisherTest.copyTree(PublisherTest.REPO.resolve("src/test/resources/projects/minimal"), tmp);
        content = tmp.resolve("content");
        templates = tmp.resolve("templates");
        PublisherTest.copyTree(PublisherTest.REPO.resolve("templates"), templates);
        out = tmp.resolve("out");
    }

    /** What the minimal project's one routine makes: handout, tracker, web page and the brand's index. */
    static final List<String> GENTLE = List.of("clinic/gentle-handout.pdf", "clinic/gentle-tracker.pdf",
            "clinic/gentle.html", "clinic/index.html");

    BuildSettings settings() {
        return new BuildSettings(content, templates, PublisherTest.REPO.resolve("fonts"), out, tmp, List.of(PaperSize.A4),
                List.of(), List.of(), Optional.empty(), 2, false, Shard.ALL, false);
    }

    Publisher publisher() {
        return new Publisher(settings(), BuildListener.NONE);
    }

    void addRoutine(String id, String title) throws IOException {
        String gentle = Files.readString(content.resolve("routines/gentle.yaml"));
        Files.writeString(content.resolve("routines/" + id + ".yaml"), gentle.replace("Gentle back routine", title));
    }

    // ---- interrupted writes ------------------------------------------------------------------

    @Test
    void manifestMatchesItsFilesWhereverTheWriteStops() throws IOException {
        addRoutine("second", "Second routine");
        publisher().build();
        Path before = copyOf(out, "before");
        // The next build replaces two files, adds two and deletes two.
        PublisherTest.edit(content.resolve("routines/gentle.yaml"), "Gentle back routine", "Gentle routine, revised");
        Files.delete(content.resolve("routines/second.yaml"));
        addRoutine("third", "Third routine");

        // A kill: the folder exactly as it is at each step, copied while the build goes on.
        List<String> steps = new ArrayList<>();
        List<Path> killedAt = new ArrayList<>();
        publisher().withHook((step, relative) -> {
            steps.add(step + " " + relative);
            killedAt.add(copyOf(out, "killed-" + steps.size()));
        }).build();
        assertThat(steps).contains("written manifest.json", "renamed clinic/third-handout.pdf", "deleted clinic/second-tracker.pdf");
        assertThat(steps.size()).as("steps: %s", steps).isGreaterThanOrEqualTo(14);

        for (int i = 0; i < steps.size(); i++) {
            String where = "killed after " + steps.get(i);
            assertTrustworthy(killedAt.get(i), where);
            assertRepairedByTheNextBuild(killedAt.get(i), where);
        }
        // A failure: the same steps, each failing (a full disk), from the folder as it was.
        for (int i = 0; i < steps.size(); i++) {
            Path folder = copyOf(before, "failed-" + i);
            int failAt = i;
            int[] step = {0};
            Publisher failing = new Publisher(settings().withOutput(folder), BuildListener.NONE).withHook((s, relative) -> {
                if (step[0]++ == failAt) throw new IOException("No space left on device");
            });
            UncheckedIOException failure = catchThrowableOfType(UncheckedIOException.class, failing::build);
            assertThat(failure).as("failing at " + steps.get(i)).isNotNull();
            assertTrustworthy(folder, "failed at " + steps.get(i));
            assertRepairedByTheNextBuild(folder, "failed at " + steps.get(i));
        }
    }

    /** Every PDF is whole, and the manifest claims only what the files hold. */
    static void assertTrustworthy(Path folder, String where) throws IOException {
        for (Path pdf : pdfs(folder)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).as(where + ": " + pdf).isPositive();
            }
        }
        Manifest manifest = Manifest.read(folder);
        for (Manifest.Entry e : manifest.outputs()) {
            Path file = folder.resolve(e.path());
            assertThat(file).as(where + ": " + e.path()).isRegularFile();
            byte[] bytes = Files.readAllBytes(file);
            assertThat(Hashes.of(bytes)).as(where + ": " + e.path()).isEqualTo(e.sha256());
            assertThat((long) bytes.length).as(where).isEqualTo(e.bytes());
        }
        for (Manifest.Pending p : manifest.pending()) {
            Path file = folder.resolve(p.path());
            if (Files.exists(file)) assertThat(p.sha256()).as(where + ": pending " + p.path()).contains(Hashes.of(Files.readAllBytes(file)));
        }
    }

    void assertRepairedByTheNextBuild(Path folder, String where) throws IOException {
        new Publisher(settings().withOutput(folder), BuildListener.NONE).build();
        Manifest manifest = Manifest.read(folder);
        assertThat(manifest.byPath().keySet()).as(where).containsExactly("clinic/gentle-handout.pdf",
                "clinic/gentle-tracker.pdf", "clinic/gentle.html", "clinic/index.html", "clinic/third-handout.pdf",
                "clinic/third-tracker.pdf", "clinic/third.html");
        assertThat(manifest.pending()).as(where).isEmpty();
        assertTrustworthy(folder, where + ", then rebuilt");
        assertThat(folder.resolve("clinic/second-handout.pdf")).as(where).doesNotExist();
        assertThat(folder.resolve("clinic/second-tracker.pdf")).as(where).doesNotExist();
        assertThat(folder.resolve("clinic/second.html")).as(where).doesNotExist();
        try (PDDocument doc = Loader.loadPDF(folder.resolve("clinic/gentle-handout.pdf").toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).as(where).contains("Gentle routine, revised");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            assertThat(walk.map(p -> p.getFileName().toString())).as(where).noneMatch(n -> n.endsWith(".partial"));
        }
        Manifest.Entry handout = manifest.find("clinic/gentle-handout.pdf").orElseThrow();
        assertThat(handout.inputs()).as(where + ": recorded with the inputs a third build would skip on")
                .isEqualTo(Manifest.read(out).find("clinic/gentle-handout.pdf").orElseThrow().inputs());
    }

    // ---- two builds, one folder ---------------------------------------------------------------

    @Test
    void twoBuildsIntoOneFolderTakeTurns() throws Exception {
        publisher().build();
        CountDownLatch secondIsWaiting = new CountDownLatch(1);
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        // The first build stops in the middle of its write phase until the second waits for the lock.
        Publisher first = new Publisher(settings().withForce(true), BuildListener.NONE).withHook((step, relative) -> {
            firstIsWriting.countDown();
            try {
                assertThat(secondIsWaiting.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        });
        Publisher second = new Publisher(settings().withForce(true), new BuildListener() {
            @Override
            public void waiting(Path folder) {
                secondIsWaiting.countDown();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BuildReport> a = pool.submit(first::build);
            assertThat(firstIsWriting.await(60, TimeUnit.SECONDS)).isTrue();
            Future<BuildReport> b = pool.submit(second::build);
            assertThat(a.get(60, TimeUnit.SECONDS).count(BuildReport.State.BUILT)).isEqualTo(GENTLE.size());
            assertThat(b.get(60, TimeUnit.SECONDS).count(BuildReport.State.BUILT)).isEqualTo(GENTLE.size());
        } finally {
            pool.shutdownNow();
        }
        assertTrustworthy(out, "after two builds");
        assertThat(Manifest.read(out).byPath().keySet()).containsExactlyElementsOf(GENTLE);
    }

    @Test
    void aBuildThatCannotGetTheFolderInTimeStopsAndWritesNothing() throws IOException {
        publisher().build();
        Map<String, byte[]> before = PublisherTest.files(out);
        try (OutputFolder.Lock held = new OutputFolder(out).lock(Duration.ZERO, () -> { })) {
            OutputBusyException busy = catchThrowableOfType(OutputBusyException.class,
                    () -> new Publisher(settings().withForce(true), BuildListener.NONE).waitingForOutput(Duration.ofMillis(300)).build());
            assertThat(busy).hasMessage("another build is writing to out/; waited 0 s for it "
                    + "(run again when it has finished, or wait longer with --wait SECONDS)");
        }
        assertThat(PublisherTest.files(out)).containsOnlyKeys(before.keySet());
        assertThat(publisher().build().count(BuildReport.State.SKIPPED)).isEqualTo(GENTLE.size());
    }

    // ---- tampered manifests -------------------------------------------------------------------

    @Test
    void tamperedManifestDeletesNothingTheBuildDidNotWrite() throws IOException {
        publisher().build();
        byte[] handout = Files.readAllBytes(out.resolve("clinic/gentle-handout.pdf"));
        String handoutHash = Hashes.of(handout);
        String inputs = Manifest.read(out).find("clinic/gentle-handout.pdf").orElseThrow().inputs();
        // Files the build did not write, each named by a forged entry that gives its true hash.
        Path pack = Files.createDirectories(out.resolve("packs")).resolve("jane.pdf");
        Files.write(pack, handout);
        Path preview = Files.createDirectories(out.resolve("previews")).resolve("x.pdf");
        Files.write(preview, handout);
        Path unrelated = Files.createDirectories(out.resolve("other")).resolve("notes.pdf");
        Files.write(unrelated, minimalPdf());
        Path copied = out.resolve("other/copy.pdf");                          // a handout the user copied
        Files.write(copied, handout);
        Path outside = Files.write(tmp.resolve("x.pdf"), handout);
        Path link = out.resolve("clinic/link.pdf");
        Files.createSymbolicLink(link, out.resolve("clinic/gentle-handout.pdf"));
        Files.createSymbolicLink(out.resolve("evil"), out.resolve("packs"));
        List<Manifest.Entry> forged = new ArrayList<>(Manifest.read(out).outputs());
        for (String path : List.of("packs/jane.pdf", "previews/x.pdf", "other/copy.pdf", "../x.pdf", outside.toString(),
                "clinic/link.pdf", "evil/jane.pdf", "clinic/../../x.pdf")) {
            forged.add(new Manifest.Entry(path, handoutHash, 4, handout.length, inputs));
        }
        forged.add(new Manifest.Entry("other/notes.pdf", Hashes.of(minimalPdf()), 1, minimalPdf().length, inputs));
        List<Manifest.Pending> pending = List.of(new Manifest.Pending("packs/jane.pdf", List.of(handoutHash), List.of(inputs)),
                new Manifest.Pending("other/copy.pdf", List.of(handoutHash), List.of(inputs)));
        Files.write(out.resolve(Manifest.FILE), new Manifest("forged", forged, pending).toJson());

        BuildReport report = publisher().build();

        assertThat(report.removed()).isEmpty();
        for (Path kept : List.of(pack, preview, unrelated, copied, outside, out.resolve("clinic/gentle-handout.pdf"))) {
            assertThat(kept).as(kept.toString()).exists();
        }
        assertThat(link).isSymbolicLink();
        assertThat(out.resolve("evil")).isSymbolicLink();
        assertThat(Manifest.read(out).byPath().keySet()).containsExactlyElementsOf(GENTLE);
        assertThat(Manifest.read(out).pending()).isEmpty();
    }

    @Test
    void fileChangedSinceTheBuildWroteItIsNotDeleted() throws IOException {
        addRoutine("second", "Second routine");
        publisher().build();
        Path edited = out.resolve("clinic/second-handout.pdf");
        Files.write(edited, minimalPdf());                                    // someone replaced it
        Files.delete(content.resolve("routines/second.yaml"));

        BuildReport report = publisher().build();

        assertThat(report.removed()).containsExactly("clinic/second-tracker.pdf", "clinic/second.html");
        assertThat(edited).exists();
        assertThat(Manifest.read(out).byPath().keySet()).containsExactlyElementsOf(GENTLE);
    }

    private static byte[] minimalPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.getDocumentInformation().setTitle("Not from handouts");
            doc.setDocumentId(1L);
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".pdf") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private Path copyOf(Path folder, String name) throws IOException {
        Path copy = tmp.resolve("copies").resolve(name);
        PublisherTest.copyTree(folder, copy);
        return copy;
    }

}
