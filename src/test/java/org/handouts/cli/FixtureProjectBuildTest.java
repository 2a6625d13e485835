package org.handouts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The small project in src/test/resources/projects/minimal: good, then broken in the ways users break it. */
class FixtureProjectBuildTest {
    static final byte[] KNOWN = "left by an earlier build\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path tmp;
    FixtureProject project;

    @BeforeEach
    void copyProject() throws IOException {
        project = FixtureProject.copy("minimal", tmp.resolve("project"));
    }

    /** Pre-creates the output folder with a file of known bytes, to prove a failed build leaves it alone. */
    private Map<String, byte[]> seedOutput() throws IOException {
        Files.createDirectories(project.out.resolve("clinic"));
        Files.write(project.out.resolve("clinic/gentle-handout.pdf"), KNOWN);
        return Pdfs.files(project.out);
    }

    @Test
    void buildsAHandoutAndATracker() throws IOException {
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Pdfs.pdfs(project.out).keySet())
                .containsExactlyInAnyOrder("clinic/gentle-handout.pdf", "clinic/gentle-tracker.pdf");
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-handout.pdf"))) {
            String text = Pdfs.text(doc);
            assertThat(text).contains("Hillside Physio", "Gentle back routine", "1 Knee rolls", "2 Bridge",
                    "Repeat 8 to 10 times, alternating sides.", "Hold for 1 deep breath each time.",
                    "Repeat 5 times.", "Hold for 5 to 10 seconds each time.", "NHS website");
            assertThat(text.indexOf("Knee rolls")).isLessThan(text.indexOf("Bridge"));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Gentle back routine (Beginner): Exercise handout for back stiffness");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Hillside Physio");
        }
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-tracker.pdf"))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(Pdfs.text(doc)).contains("1. Knee rolls", "2. Bridge", "8\u201310 times, alternating \u00b7 hold 1 breath",
                    "5 times \u00b7 hold 5\u201310 sec");
        }
    }

    @Test
    void checkCountsTheFixture() {
        Cli.Run run = project.check();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out().strip()).isEqualTo("ok: 1 brands, 1 routines, 2 exercises, 3 advice blocks, 1 sources");
    }

    @Test
    void yamlSyntaxErrorIsReportedWithFileAndLineAndNothingIsWritten() throws IOException {
        Map<String, byte[]> before = seedOutput();
        Path bridge = project.file("exercises/bridge.yaml");
        Files.writeString(bridge, Files.readString(bridge).replace("purpose: Makes your buttocks and back stronger.",
                "purpose: Makes: your buttocks and back stronger."));
        int line = project.lineOf("exercises/bridge.yaml", "purpose: Makes:");

        Cli.Run run = project.build();

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("exercises/bridge.yaml:" + line + ":").contains("YAML syntax error")
                .contains("nothing was written").doesNotContain("at org.", "Exception");
        assertThat(run.out()).isEmpty();
        assertThat(Pdfs.files(project.out)).containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    @Test
    void routineNamingAMissingExerciseIsReportedAtTheReference() throws IOException {
        Map<String, byte[]> before = seedOutput();
        Path routine = project.file("routines/gentle.yaml");
        Files.writeString(routine, Files.readString(routine).replace("exercise: bridge", "exercise: bridges"));
        int line = project.lineOf("routines/gentle.yaml", "exercise: bridges");
        int column = project.columnOf("routines/gentle.yaml", "bridges");

        Cli.Run run = project.build();

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("routines/gentle.yaml:" + line + ":" + column + ":")
                .contains("unknown exercise 'bridges'").contains("did you mean 'bridge'?").doesNotContain("at org.");
        assertThat(Pdfs.files(project.out)).containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    @Test
    void everyProblemIsReportedAtOnceWithASummary() throws IOException {
        Path routine = project.file("routines/gentle.yaml");
        Files.writeString(routine, Files.readString(routine).replace("exercise: bridge", "exercise: bridges"));
        Path kneeRolls = project.file("exercises/knee-rolls.yaml");
        Files.writeString(kneeRolls, Files.readString(kneeRolls).replace("  reps: 8-10", "  rpes: 8-10"));

        Cli.Run run = project.check();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("exercises/knee-rolls.yaml:", "dose.rpes: unknown field", "did you mean 'reps'?",
                "routines/gentle.yaml:", "unknown exercise 'bridges'");
        assertThat(run.err().lines().toList().getLast()).matches("\\d+ problems in 2 files; nothing was written\\.");
    }

    @Test
    void checkAsJsonListsTheProblemsOfBadContent() throws IOException {
        Path routine = project.file("routines/gentle.yaml");
        Files.writeString(routine, Files.readString(routine).replace("exercise: bridge", "exercise: bridges"));
        int line = project.lineOf("routines/gentle.yaml", "exercise: bridges");

        Cli.Run run = project.check("--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        JsonNode problems = json.get("problems");
        assertThat(problems.isArray()).isTrue();
        assertThat(problems).hasSize(1);
        JsonNode p = problems.get(0);
        assertThat(p.get("file").asText()).endsWith("routines/gentle.yaml");
        assertThat(p.get("line").asInt()).isEqualTo(line);
        assertThat(p.get("column").asInt()).isPositive();
        assertThat(p.get("message").asText()).isEqualTo("unknown exercise 'bridges'");
        assertThat(p.get("hint").asText()).contains("bridge");
    }

    @Test
    void aLogoThatIsOnlyPngByItsFirstBytesIsAContentErrorNotACrash() throws IOException {
        // Passes the loader's magic-number check, but is not a readable image.
        byte[] fake = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, fake, 0, 8);
        Files.write(project.file("brands/logo.png"), fake);

        Cli.Run run = project.build();

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("logo.png").doesNotContain("internal error", "at org.");
        assertThat(project.out.resolve("clinic")).doesNotExist();
    }

    @Test
    void contentWithMarkupIsPrintedLiterally() throws IOException {
        Path brand = project.file("brands/clinic.yaml");
        Files.writeString(brand, Files.readString(brand).replace("name: Hillside Physio", "name: \"<script>&]]> Physio\""));
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-handout.pdf"))) {
            assertThat(Pdfs.text(doc)).contains("<script>&]]> Physio");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("<script>&]]> Physio");
        }
    }

    @Test
    void anOutputFolderThatCannotBeCreatedExitsWithThree() throws IOException {
        Files.writeString(project.out, "a file where the output folder should be");
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: cannot write to").doesNotContain("at org.");
    }
}
