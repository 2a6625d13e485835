package org.handouts.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corpus of invalid content under {@code src/test/resources/invalid/}: each case is the valid
 * base with a few files changed, and must be refused with exactly the problem lines in its
 * {@code expected.txt}, so the wording a clinic editor reads is pinned. When a case fails, the
 * lines actually produced are written to {@code target/invalid-actual/<case>.txt}.
 */
class InvalidContentTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(ContentFixtures.invalidCases())) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theBaseIsValid(@TempDir Path project) {
        ContentFixtures.copyBase(project);
        var library = ContentFixtures.loader(project).load();
        assertThat(library.exercises()).containsOnlyKeys("knee-rolls", "pelvic-tilts", "plank");
        assertThat(library.routines()).containsOnlyKeys("beginner");
    }

    @Test
    void thereAreManyCases() throws IOException {
        assertThat(cases().toList()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithExactlyTheExpectedProblems(String name, @TempDir Path project) throws IOException {
        Path caseDir = ContentFixtures.invalidCases().resolve(name);
        Path expectedFile = caseDir.resolve("expected.txt");
        assertThat(expectedFile).as("every case has an expected.txt").exists();
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).stripTrailing();
        ContentFixtures.buildCase(caseDir, project);

        long start = System.nanoTime();
        List<String> problems = ContentFixtures.problemsOf(project);
        long millis = (System.nanoTime() - start) / 1_000_000;

        String actual = String.join("\n", problems);
        if (!actual.equals(expected)) {
            Path out = ContentFixtures.projectDir().resolve("target/invalid-actual/" + name + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "problems for case " + name);
        assertThat(millis).as("time to refuse case %s", name).isLessThan(2_000);
    }

    // Inputs that cannot live in the corpus as files: too big, or links made on the spot.

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        byte[] big = new byte[YamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        big[big.length - 1] = '\n';
        Files.write(content.resolve("exercises/huge.yaml"), big);

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/huge.yaml: file is 257 KiB, more than the limit of 256 KiB "
                        + "(content files hold one exercise, routine or brand each; split it up)");
    }

    @Test
    void aFileJustUnderTheSizeLimitIsRead(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path plank = content.resolve("exercises/plank.yaml");
        String text = Files.readString(plank);
        String padding = ("# " + "x".repeat(97) + "\n").repeat((YamlReader.MAX_BYTES - text.length()) / 100);
        Files.writeString(plank, padding + text);
        assertThat(Files.size(plank)).isBetween(YamlReader.MAX_BYTES - 100L, (long) YamlReader.MAX_BYTES);

        assertThat(ContentFixtures.loader(project).load().exercises()).containsKey("plank");
    }

    @Test
    void aContentFolderGivenByARelativePathWithDotDotLoads(@TempDir Path project) {
        ContentFixtures.copyBase(project);
        Path cwd = Path.of("").toAbsolutePath();
        Path relative = cwd.relativize(project.resolve("content").toAbsolutePath());
        assertThat(relative.toString()).startsWith("..");
        assertThat(new ContentLoader(relative, project, ContentFixtures.PRINTABLE, new org.handouts.pdf.PdfInspector()).load().brands()).containsKey("clinic");
    }

    @Test
    void aLinkedYamlFileOutsideTheContentFolderIsRefused(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path outside = Files.copy(content.resolve("exercises/plank.yaml"), project.resolve("elsewhere.yaml"));
        Files.createSymbolicLink(content.resolve("exercises/linked.yaml"), outside);

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/linked.yaml: is a link to a file outside the content folder "
                        + "(copy the file into the content folder instead of linking to it)");
    }

    @Test
    void aLinkToAMissingFileIsRefused(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Files.createSymbolicLink(content.resolve("exercises/dangling.yaml"), project.resolve("gone.yaml"));

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/dangling.yaml: is a link to a file that does not exist "
                        + "(copy the file into the content folder instead of linking to it)");
    }

    @Test
    void aLinkInsideTheContentFolderIsFollowed(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Files.createSymbolicLink(content.resolve("exercises/plank-copy.yaml"), Path.of("plank.yaml"));

        assertThat(ContentFixtures.loader(project).load().exercises()).containsKeys("plank", "plank-copy");
    }

    @Test
    void aLinkedFolderOutsideTheContentFolderIsRefusedFileByFile(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path sources = content.resolve("sources");
        Path outside = Files.createDirectories(project.resolve("shared-sources"));
        Files.move(sources.resolve("nhs.yaml"), outside.resolve("nhs.yaml"));
        Files.delete(sources);
        Files.createSymbolicLink(sources, outside);

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/sources/nhs.yaml: is a link to a file outside the content folder "
                        + "(copy the file into the content folder instead of linking to it)");
    }

    @Test
    void aLogoLinkedFromOutsideTheContentFolderIsRefused(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path logo = content.resolve("brands/logo.png");
        Path outside = Files.move(logo, project.resolve("logo.png"));
        Files.createSymbolicLink(logo, outside);

        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/brands/clinic.yaml:2:7: logo: 'logo.png' is outside the content folder (copy the logo into content/brands)");
    }

    @Test
    void billionLaughsIsRefusedQuicklyWithOneProblem(@TempDir Path project) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        ContentFixtures.loader(project).load(); // warm up, so the time below is the file's alone
        StringBuilder yaml = new StringBuilder("title: Laughs\npublisher: Nobody\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 18; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
        }
        Files.writeString(content.resolve("sources/laughs.yaml"), yaml);

        long start = System.nanoTime();
        List<String> problems = ContentFixtures.problemsOf(project);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(problems).containsExactly("content/sources/laughs.yaml:4:10: YAML alias '*l0' is not allowed "
                + "(write the value out in full instead of using & and *)");
        assertThat(millis).as("milliseconds to refuse 10^18 laughs").isLessThan(500);
    }

    @Test
    void everyCaseHasAnExpectedFileAndOnlyKnownTopLevelEntries() throws IOException {
        for (String name : cases().toList()) {
            Path dir = ContentFixtures.invalidCases().resolve(name);
            assertThat(dir.resolve("expected.txt")).as(name).isNotEmptyFile();
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.toList()) {
                    String entry = p.getFileName().toString();
                    assertThat(ContentFixtures.CASE_FILES.contains(entry)
                            || List.of("brands", "sources", "equipment", "exercises", "advice", "routines").contains(entry))
                            .as("%s/%s is a content folder or a case file", name, entry).isTrue();
                }
            }
        }
    }
}
