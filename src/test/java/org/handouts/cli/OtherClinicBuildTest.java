package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sports clinic with a neck routine (src/test/resources/projects/neck): nothing the program adds
 * to its pages or metadata may assume the shipped lower-back content.
 */
class OtherClinicBuildTest {
    @TempDir
    Path tmp;
    FixtureProject project;

    @BeforeEach
    void copyProject() throws IOException {
        project = FixtureProject.copy("neck", tmp.resolve("project"));
    }

    @Test
    void metadataCarriesTheRoutinesTopicAndNothingAboutBacks() throws IOException {
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        Map<String, byte[]> pdfs = Pdfs.pdfs(project.out);
        assertThat(pdfs.keySet()).containsExactlyInAnyOrder("harbour/neck-basics-handout.pdf", "harbour/neck-basics-tracker.pdf");
        for (String path : pdfs.keySet()) {
            try (PDDocument doc = Pdfs.open(project.out.resolve(path))) {
                PDDocumentInformation info = doc.getDocumentInformation();
                String what = path.endsWith("handout.pdf") ? "Exercise handout" : "Weekly tracking sheet";
                assertThat(info.getTitle()).isEqualTo("Neck basics (Beginner): " + what + " for neck and shoulders");
                assertThat(info.getSubject()).isEqualTo(what + " for neck and shoulders: beginner routine");
                assertThat(info.getKeywords()).startsWith("neck and shoulders, exercise, beginner, ");
                String everything = (Pdfs.text(doc) + " " + info.getTitle() + " " + info.getSubject() + " "
                        + info.getKeywords()).toLowerCase(Locale.ROOT);
                assertThat(everything).as(path).doesNotContain("back", "lumbar", "spine");
            }
        }
    }

    @Test
    void aPatientsPackSaysWhatItsRoutinesAreForAndNothingAboutBacks() throws IOException {
        Path packFile = tmp.resolve("hc-0001.yaml");
        java.nio.file.Files.writeString(packFile, """
                patient: Ann Example
                reference: hc-0001
                brand: harbour
                routine: neck-basics
                start: 2026-11-30
                weeks: 2
                """);
        Cli.Run run = Cli.run(project.args("pack", "--out", project.out.toString(), packFile.toString()));
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("packs/hc-0001.pdf"))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getSubject()).startsWith("Personal exercise pack for neck and shoulders: 1 stage, ");
            assertThat(info.getKeywords()).startsWith("neck and shoulders, exercise, beginner");
            String everything = (Pdfs.text(doc) + " " + info.getTitle() + " " + info.getSubject() + " "
                    + info.getKeywords()).toLowerCase(Locale.ROOT);
            assertThat(everything).doesNotContain("back", "lumbar", "spine");
        }
    }

    @Test
    void clinicDefinedEquipmentAndExercisesDoneInEitherPositionPrint() throws IOException {
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("harbour/neck-basics-handout.pdf"))) {
            String text = Pdfs.text(doc);
            assertThat(text).contains("You need a door frame.", "You need a resistance band.", "Standing or sitting",
                    "Sitting or standing");
        }
    }

    @Test
    void anExerciseThatReturnsToAPositionTheRoutineLeftIsALocatedProblem() throws IOException {
        Path routine = project.file("routines/neck-basics.yaml");
        java.nio.file.Files.writeString(routine, java.nio.file.Files.readString(routine)
                .replace("  - exercise: doorway-stretch\n", "")
                .replace("  - exercise: neck-side-stretch\n", "  - exercise: doorway-stretch\n  - exercise: neck-side-stretch\n"));
        int line = project.lineOf("routines/neck-basics.yaml", "- exercise: neck-side-stretch");
        Cli.Run run = project.check();
        assertThat(run.exit()).isEqualTo(1);
        // band-pull-apart and chin-tucks may stand or sit, but shoulder-rolls sits, doorway-stretch
        // stands, and neck-side-stretch would sit again.
        assertThat(run.err()).contains("routines/neck-basics.yaml:" + line + ":15: exercises[5]: 'neck-side-stretch' is "
                + "sitting again after 'doorway-stretch' changed position (group exercises by position so the patient gets up "
                + "and down less: move it next to the other sitting exercises)");
    }

    @Test
    void equipmentNotDefinedByTheClinicIsALocatedProblem() throws IOException {
        java.nio.file.Files.delete(project.file("equipment/door-frame.yaml"));
        Cli.Run run = project.check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("exercises/doorway-stretch.yaml:" + project.lineOf("exercises/doorway-stretch.yaml", "- door-frame")
                + ":5: equipment[1]: unknown equipment 'door-frame' (no file equipment/door-frame.yaml)");
    }

    @Test
    void aRoutineWithoutATopicIsALocatedProblem() throws IOException {
        Path routine = project.file("routines/neck-basics.yaml");
        java.nio.file.Files.writeString(routine, java.nio.file.Files.readString(routine).replace("topic: neck and shoulders\n", ""));
        Cli.Run run = project.check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("routines/neck-basics.yaml:1:1: topic: is required (what the routine is for, such as: lower back pain)");
    }
}
