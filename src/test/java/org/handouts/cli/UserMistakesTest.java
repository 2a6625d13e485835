package org.handouts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Mistakes a user can make on the command line or in the project, and what they get back. */
class UserMistakesTest {
    @TempDir
    Path tmp;

    @Test
    void missingTemplatesFolderIsAContentErrorNamingIt() throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp);
        Cli.Run run = Cli.run("build", "--content", project.content.toString(), "--templates", tmp.resolve("nope").toString(),
                "--fonts", Cli.REPO.resolve("fonts").toString(), "--out", project.out.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("nope: templates folder not found (run from the project folder or pass --templates DIR)");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void templateCannotInsertAFileFromOutsideTheTemplatesFolder() throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("p"));
        Path templates = tmp.resolve("templates");
        copyFolder(Cli.REPO.resolve("templates"), templates);
        Files.writeString(tmp.resolve("secret.txt"), "SECRET-DATA");
        Path handout = templates.resolve("handout.xhtml");
        Files.writeString(handout, Files.readString(handout)
                .replace("<h2 class=\"exercises-heading\"", "<p th:insert=\"~{../secret.txt}\"/><h2 class=\"exercises-heading\""));
        Cli.Run run = Cli.run("build", "--content", project.content.toString(), "--templates", templates.toString(),
                "--fonts", Cli.REPO.resolve("fonts").toString(), "--out", project.out.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("handout.xhtml:").contains("template '../secret.txt' is outside the templates folder");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void outputsAreReadableByOthersButPacksOnlyByTheirOwner() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(Cli.buildShipped(out, "--routine", "beginner").exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("riverside/beginner-handout.pdf"))))
                .isEqualTo("rw-r--r--");
        Path r = Cli.REPO;
        Cli.Run pack = Cli.run("pack", "--content", r.resolve("content").toString(), "--templates", r.resolve("templates").toString(),
                "--fonts", r.resolve("fonts").toString(), "--out", out.toString(), r.resolve("docs/examples/rc-0001.yaml").toString());
        assertThat(pack.exit()).as(pack.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("packs/rc-0001.pdf"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aTamperedManifestNeitherCrashesNorDeletesFilesTheBuildDidNotWrite() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.md"), "keep me");
        Files.writeString(out.resolve("x"), "keep me too");
        Files.writeString(out.resolve("manifest.json"), """
                {"generator": "x", "outputs": [
                  {"path": "README.md", "sha256": "0", "pages": 1, "bytes": 1, "inputs": "0"},
                  {"path": "x", "sha256": "0", "pages": 1, "bytes": 1, "inputs": "0"},
                  {}, null
                ]}
                """);
        Cli.Run run = Cli.buildShipped(out, "--routine", "beginner");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(out.resolve("README.md")).hasContent("keep me");
        assertThat(out.resolve("x")).hasContent("keep me too");
        assertThat(run.out()).doesNotContain("removed    ");
    }

    @Test
    void leftoversOfOtherProgramsInTheOutputFolderAreLeftAlone() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("riverside"));
        Path ours = Files.writeString(out.resolve("riverside/.beginner-handout.pdf-123456.partial"), "half");
        Path theirs = Files.writeString(out.resolve("download.partial"), "someone else's");
        assertThat(Cli.buildShipped(out, "--routine", "beginner").exit()).isZero();
        assertThat(ours).doesNotExist();
        assertThat(theirs).exists();
    }

    @Test
    void sourceDateEpochBeyondTheYear9999IsAUsageError() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.handouts.cli.Main", "check");
        Map<String, String> env = new HashMap<>(pb.environment());
        pb.environment().put("SOURCE_DATE_EPOCH", "999999999999999999");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isEqualTo(ExitCodes.USAGE);
        assertThat(output).contains("SOURCE_DATE_EPOCH must be whole seconds since 1970").doesNotContain("\tat ");
        assertThat(env).isNotNull();
    }

    @Test
    void aTrackerThatCannotFitOnePageIsAContentErrorAndNothingIsWritten() throws IOException {
        Path content = tmp.resolve("content");
        copyFolder(Cli.REPO.resolve("content"), content);
        try (Stream<Path> files = Files.list(content.resolve("exercises"))) {
            for (Path f : files.toList()) {
                String name = ("Very long exercise name for testing the tracker page fit " + f.getFileName()).substring(0, 60);
                Files.writeString(f, Files.readString(f).replaceFirst("(?m)^name: .*$", "name: " + name));
            }
        }
        Path routine = content.resolve("routines/standard.yaml");
        String longDose = "\n    dose: {reps: 8-12, hold: 5-10 seconds, time: 2-3 minutes, sets: 3, sides: each}\n";
        String yaml = Files.readString(routine)
                .replace("  - exercise: back-extensions\n", "  - exercise: back-extensions\n  - exercise: plank\n")
                .replaceAll("(  - exercise: [a-z-]+)\n(    dose:[^\n]*\n(      [^\n]*\n)*)?", "$1" + longDose.replace("$", "\\$"));
        Files.writeString(routine, yaml);
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run("build", "--content", content.toString(), "--templates", Cli.REPO.resolve("templates").toString(),
                "--fonts", Cli.REPO.resolve("fonts").toString(), "--out", out.toString(), "--routine", "standard");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("routines/standard.yaml: exercises: the A4 tracking sheet for this routine needs 2 pages"
                + " (shorten the longest exercise names or use fewer exercises)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrandSavedWithAnUpperCaseExtensionFailsTheCheckAndAStrayFileIsAWarning() throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("p"));
        Files.writeString(project.file("exercises/notes.txt"), "to do");
        Cli.Run warned = project.check();
        assertThat(warned.exit()).as(warned.toString()).isZero();
        assertThat(warned.err()).isEqualTo(project.file("exercises/notes.txt") + ": warning: is not read: only .yaml files"
                + " and the pictures they name are (move it out of content/)\n");
        Cli.Run json = project.check("--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("warnings").findValuesAsText("file"))
                .containsExactly(project.file("exercises/notes.txt").toString());

        Files.writeString(project.file("brands/second.YAML"), "name: Second\n");
        Cli.Run failed = project.check();
        assertThat(failed.exit()).as(failed.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(failed.err()).contains(project.file("brands/second.YAML") + ": is not read: only names ending in .yaml,"
                + " in lower case, are (rename it to second.yaml)");
        Cli.Run build = project.build();
        assertThat(build.exit()).as(build.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(project.out).doesNotExist();
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
